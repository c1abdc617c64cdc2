package org.wearetogether.dialog;

/**
 * One more way out that the help offer (said after too many invalid answers in a row) shows under its text, such as
 * "Call me back". A feature contributes it as a bean; its button data is not the engine's, so a press goes to whoever
 * owns that data (the front desk), not to the conversation.
 *
 * @param label the button's label in every language
 * @param data the button's data, at most 64 bytes
 * @param notIn the dialog the button starts, where it is not shown (it would only start the same dialog again)
 */
public record HelpOfferButton(Texts label, String data, String notIn) {}
