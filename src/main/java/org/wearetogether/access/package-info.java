/** Who may do what: admins, regional coordinators, hotline operators, and the audit of their actions. */
package org.wearetogether.access;
