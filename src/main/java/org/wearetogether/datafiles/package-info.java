/**
 * The data files in the dialogs folder (dialogs, the region catalogue, the schema): where they are read from, and how
 * a broken one stops start-up with one clear message. Shared by the modules that read such files.
 */
package org.wearetogether.datafiles;
