/**
 * The dialog engine: dialog definitions loaded from data files, validated, compiled to state machines, and one
 * conversation step at a time turned from an input into replies. Knows nothing of Telegram or help requests.
 */
package org.wearetogether.dialog;
