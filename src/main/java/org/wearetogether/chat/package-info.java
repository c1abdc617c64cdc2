/**
 * The front desk of every chat: one stored record per chat, each input applied exactly once and in order, commands
 * and the menu, and the dialog engine for everything else. Channel-independent.
 */
package org.wearetogether.chat;
