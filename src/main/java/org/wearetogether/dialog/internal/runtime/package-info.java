/**
 * The dialog runtime: dialog definitions compiled to pooled Spring Statemachine machines, and the engine that
 * applies one input to a conversation record at a time.
 */
package org.wearetogether.dialog.internal.runtime;
