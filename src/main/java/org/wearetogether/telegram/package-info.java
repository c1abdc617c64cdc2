/** The Telegram channel: updates in, messages out. The only module that imports {@code org.telegram}. */
package org.wearetogether.telegram;
