package org.wearetogether.console.internal;

import java.util.List;

/**
 * What the statistics page draws: charts as inline SVG, computed here (geometry included), so that the page needs no
 * script. Each chart has a title, a one-line summary in words and its data as a table (for screen readers, and for
 * anyone who wants the figures).
 *
 * @param days the period in days
 * @param region the region chosen, blank for all the person may see
 * @param scopeName the regions in words (a region's name, "your regions" or "the whole campaign")
 */
public record StatsPage(
        int days, String region, String scopeName, long submitted, DayChart perDay, List<BarChart> charts) {

    /** Horizontal bars, one per row. */
    public record BarChart(String id, String title, String summary, String valueHeader, List<Bar> bars, int height) {}

    /**
     * One bar. {@code width} is in the chart's units (0-{@link #BAR_SPACE}); {@code shown} is the value in words
     * (a number, or a duration).
     */
    public record Bar(String label, long value, String shown, int y, int width, String colour) {}

    /** The width the longest bar takes in a bar chart's 600-unit-wide drawing (the rest holds the labels). */
    public static final int BAR_SPACE = 320;

    /** Stacked bars per day. */
    public record DayChart(
            String title, String summary, List<Legend> legend, List<Day> days, int width, int height, long max) {}

    public record Legend(String key, String label, String colour) {}

    /** One day's column: its label, every series' count (for the table) and the drawn segments. */
    public record Day(String label, int x, int barWidth, List<Long> counts, List<Segment> segments, boolean tick) {}

    public record Segment(int y, int height, String colour, String title) {}
}
