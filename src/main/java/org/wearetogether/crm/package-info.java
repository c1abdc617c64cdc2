/**
 * The integration with regional CRMs: per-region API keys (created by admins with {@code /apikey}), the HTTP JSON API
 * under {@code /api/v1}, and signed outbound webhooks of status changes ({@code /webhook}). See {@code docs/crm-api.md}.
 */
package org.wearetogether.crm;
