package org.wearetogether.chat;

/** A command for coordinators, operators or admins: it works when typed but is not in everyone's command menu. */
public interface StaffCommand extends ChatCommand {

    @Override
    default boolean listed() {
        return false;
    }
}
