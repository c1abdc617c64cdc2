/** One registry of named background jobs: periodic or nudged, lease-aware, self-healing, measured and in health. */
package org.wearetogether.jobs;
