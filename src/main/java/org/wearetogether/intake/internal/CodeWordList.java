package org.wearetogether.intake.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The code words to pick from, per language, read from {@code intake/code-words.yaml}. The file is checked as a
 * whole when it is read: a broken list stops the service instead of handing out a bad word.
 */
final class CodeWordList {

    static final String RESOURCE = "intake/code-words.yaml";
    static final int MIN_WORDS = 100;
    private static final String DEFAULT_LANGUAGE = "ru";
    private static final Pattern WORD = Pattern.compile("\\p{javaLowerCase}{3,12}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, List<String>> byLanguage;

    CodeWordList(Map<String, List<String>> byLanguage) {
        Map<String, List<String>> checked = new LinkedHashMap<>();
        byLanguage.forEach((language, words) -> checked.put(language, check(language, words)));
        if (!checked.containsKey(DEFAULT_LANGUAGE)) {
            throw new IllegalArgumentException("The code word list has no '" + DEFAULT_LANGUAGE + "' words");
        }
        this.byLanguage = Map.copyOf(checked);
    }

    static CodeWordList shipped() {
        try (InputStream in = CodeWordList.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The code word list " + RESOURCE + " is missing");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("The code word list " + RESOURCE + " cannot be read", e);
        }
    }

    static CodeWordList read(InputStream in) throws IOException {
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
        if (root == null || root.path("format").asInt() != 1) {
            throw new IllegalArgumentException(RESOURCE + ": expected 'format: 1'");
        }
        Map<String, List<String>> words = new LinkedHashMap<>();
        root.properties().forEach(e -> {
            if (!e.getKey().equals("format")) {
                List<String> list = new ArrayList<>();
                e.getValue().forEach(w -> list.add(w.asText()));
                words.put(e.getKey(), list);
            }
        });
        return new CodeWordList(words);
    }

    /** A word in the language (the default language's when there is no list for it), never {@code avoid}. */
    String pick(String language, String avoid) {
        List<String> words = language == null ? null : byLanguage.get(language);
        if (words == null) {
            words = byLanguage.get(DEFAULT_LANGUAGE);
        }
        while (true) {
            String word = words.get(RANDOM.nextInt(words.size()));
            if (!word.equals(avoid)) {
                return word;
            }
        }
    }

    boolean contains(String language, String word) {
        return byLanguage.containsKey(language) && byLanguage.get(language).contains(word);
    }

    List<String> words(String language) {
        return byLanguage.getOrDefault(language, List.of());
    }

    int size(String language) {
        return byLanguage.containsKey(language) ? byLanguage.get(language).size() : 0;
    }

    private static List<String> check(String language, List<String> words) {
        if (words.size() < MIN_WORDS) {
            throw new IllegalArgumentException(RESOURCE + ": '" + language + "' has " + words.size()
                    + " words; at least " + MIN_WORDS + " are needed, or the word is too easy to guess");
        }
        Set<String> seen = new HashSet<>();
        for (String word : words) {
            if (!WORD.matcher(word).matches()) {
                throw new IllegalArgumentException(
                        RESOURCE + ": '" + word + "' (" + language + ") must be 3 to 12 lower-case letters");
            }
            if (word.indexOf('ё') >= 0) {
                throw new IllegalArgumentException(
                        RESOURCE + ": '" + word + "' has 'ё', which is often written and read as 'е'");
            }
            if (!seen.add(word)) {
                throw new IllegalArgumentException(RESOURCE + ": '" + word + "' (" + language + ") is there twice");
            }
        }
        return List.copyOf(words);
    }
}
