//! The daily job that removes client data from old appointments.

use super::*;

/// Removes client data from appointments older than each organisation's
/// `anonymise_after_days`, keeping time, duration, practitioner and
/// department. Returns how many appointments it anonymised.
pub async fn anonymise_due(cp: &ControlPlane) -> Result<u64, ApiError> {
    let rows = sqlx::query("SELECT id, settings FROM organisations")
        .fetch_all(cp.db().pool())
        .await?;
    let mut total = 0;
    for row in rows {
        let settings: model::OrgSettings =
            serde_json::from_str(&row.try_get::<String, _>("settings")?)
                .map_err(|_| ApiError::new(ApiErrorCode::Internal))?;
        let Some(days) = settings.anonymise_after_days else {
            continue;
        };
        let org: String = row.try_get("id")?;
        let before = cp.clock().now_ms() - i64::from(days) * 86_400_000;
        let old = "SELECT id FROM appointments WHERE org_id = $1 AND starts_at < $2 AND status <> 'anonymised'";
        let mut tx = cp.db().pool().begin().await?;
        for table in [
            "appointment_participants",
            "appointment_links",
            "guest_links",
            "transcript_lines",
            "chat_messages",
            "appointment_questionnaires",
        ] {
            sqlx::query(&format!(
                "DELETE FROM {table} WHERE appointment_id IN ({old})"
            ))
            .bind(&org)
            .bind(before)
            .execute(&mut *tx)
            .await?;
        }
        let done = sqlx::query(
            "UPDATE appointments SET client_id = NULL, message = NULL, status = 'anonymised', updated_at = $3 \
             WHERE org_id = $1 AND starts_at < $2 AND status <> 'anonymised'",
        )
        .bind(&org)
        .bind(before)
        .bind(cp.clock().now_ms())
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        total += done.rows_affected();
    }
    if total > 0 {
        tracing::info!(appointments = total, "anonymised old appointments");
    }
    Ok(total)
}
