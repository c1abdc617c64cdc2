/**
 * The coordinators' web console: staff log in through a one-time link from the bot ({@code /console}) and see the
 * queue of open requests. Pages read from the query interfaces other modules publish in their root packages (such as
 * {@link org.wearetogether.intake.RequestQueue}), never from their internals. Each page is one controller, one
 * template and one query; they share the layout ({@code templates/console/fragments.html}), the texts
 * ({@code console/messages_*.properties}) and the login gate.
 */
package org.wearetogether.console;
