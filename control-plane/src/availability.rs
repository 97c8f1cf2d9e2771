//! Practitioners' availability (one-off and weekly blocks in the clinic's
//! time zone), the bookable slots it gives (slot length plus gap: two hours
//! at 20 + 10 minutes give four slots), and the walk-in switch.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use jiff::civil::{Date, Weekday};
use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp};
use serde::{Deserialize, Serialize};
use sqlx::Row;

use crate::ControlPlane;
use crate::auth::Principal;
use crate::error::{ApiError, ApiErrorCode, Json, Query};
use crate::ids::{AvailabilityId, StaffId};
use crate::model::{Role, text_enum};
use crate::scope::Tenant;

text_enum!(
    /// One date, or every week on the weekday of `date`.
    AvailabilityKind {
        Once = "once",
        Weekly = "weekly",
    }
);

/// A block of availability. Times are wall-clock `HH:MM` in the clinic's
/// time zone (so a weekly block stays at 09:00 across daylight saving).
#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Availability {
    pub id: AvailabilityId,
    pub staff: StaffId,
    pub kind: AvailabilityKind,
    /// The date (once), or the first date (weekly).
    #[schema(value_type = String, format = Date)]
    pub date: Date,
    /// Weekly only: the last date, inclusive; absent means open-ended.
    #[schema(value_type = Option<String>, format = Date)]
    pub until: Option<Date>,
    /// 1 = Monday ... 7 = Sunday.
    pub weekday: i8,
    pub start: String,
    pub end: String,
    pub slot_minutes: u32,
    pub gap_minutes: u32,
}

impl Availability {
    fn start_minute(&self) -> u32 {
        minute_of_day(&self.start).unwrap_or(0)
    }

    fn end_minute(&self) -> u32 {
        minute_of_day(&self.end).unwrap_or(0)
    }

    fn applies_on(&self, date: Date) -> bool {
        match self.kind {
            AvailabilityKind::Once => date == self.date,
            AvailabilityKind::Weekly => {
                date >= self.date
                    && self.until.is_none_or(|u| date <= u)
                    && date.weekday() == self.date.weekday()
            }
        }
    }

    /// Whether two blocks share a date and overlap in time.
    fn overlaps(&self, other: &Availability) -> bool {
        let times =
            self.start_minute() < other.end_minute() && other.start_minute() < self.end_minute();
        let dates = match (self.kind, other.kind) {
            (AvailabilityKind::Once, _) => other.applies_on(self.date),
            (_, AvailabilityKind::Once) => self.applies_on(other.date),
            (AvailabilityKind::Weekly, AvailabilityKind::Weekly) => {
                self.date.weekday() == other.date.weekday()
                    && self.until.is_none_or(|u| u >= other.date)
                    && other.until.is_none_or(|u| u >= self.date)
            }
        };
        times && dates
    }

    /// The slot start minutes of one day.
    fn slot_minutes_of_day(&self) -> impl Iterator<Item = u32> + '_ {
        let step = (self.slot_minutes + self.gap_minutes).max(1);
        (self.start_minute()..)
            .step_by(step as usize)
            .take_while(move |m| m + self.slot_minutes <= self.end_minute())
    }
}

/// `HH:MM` (00:00 to 24:00) as minutes since midnight.
fn minute_of_day(value: &str) -> Option<u32> {
    let (h, m) = value.split_once(':')?;
    if h.len() != 2 || m.len() != 2 {
        return None;
    }
    let (h, m): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
    let minute = h * 60 + m;
    (m < 60 && minute <= 24 * 60).then_some(minute)
}

fn weekday_number(d: Weekday) -> i8 {
    d.to_monday_one_offset()
}

const COLUMNS: &str =
    "id, staff_id, kind, date, until, start_minute, end_minute, slot_minutes, gap_minutes";

fn from_row(row: &sqlx::any::AnyRow) -> Result<Availability, ApiError> {
    let internal = || ApiError::new(ApiErrorCode::Internal);
    let date: Date = row
        .try_get::<String, _>("date")?
        .parse()
        .map_err(|_| internal())?;
    let until = row
        .try_get::<Option<String>, _>("until")?
        .map(|u| u.parse::<Date>().map_err(|_| internal()))
        .transpose()?;
    let hhmm = |m: i64| format!("{:02}:{:02}", m / 60, m % 60);
    let number = |name: &str| -> Result<u32, ApiError> {
        u32::try_from(row.try_get::<i64, _>(name)?).map_err(|_| internal())
    };
    Ok(Availability {
        id: AvailabilityId::from_string(row.try_get("id")?),
        staff: StaffId::from_string(row.try_get("staff_id")?),
        kind: AvailabilityKind::parse(&row.try_get::<String, _>("kind")?).ok_or_else(internal)?,
        weekday: weekday_number(date.weekday()),
        date,
        until,
        start: hhmm(row.try_get("start_minute")?),
        end: hhmm(row.try_get("end_minute")?),
        slot_minutes: number("slot_minutes")?,
        gap_minutes: number("gap_minutes")?,
    })
}

/// Not-found unless `staff` is in the organisation.
pub(crate) async fn staff_in_org(
    cp: &ControlPlane,
    tenant: &Tenant,
    staff: &StaffId,
) -> Result<(), ApiError> {
    let mut conn = cp.db().pool().acquire().await?;
    if tenant
        .owns(&mut conn, crate::db::OrgTable::Staff, &[staff.as_str()])
        .await?
    {
        Ok(())
    } else {
        Err(ApiError::not_found())
    }
}

/// Every block of one staff member.
async fn blocks_of(
    cp: &ControlPlane,
    tenant: &Tenant,
    staff: &StaffId,
) -> Result<Vec<Availability>, ApiError> {
    let rows = tenant
        .query(&format!("SELECT {COLUMNS} FROM availability WHERE org_id = $1 AND staff_id = $2 ORDER BY date, start_minute, id"))
        .bind(staff.as_str())
        .fetch_all(cp.db().pool())
        .await?;
    rows.iter().map(from_row).collect()
}

/// Whether `me` may manage `staff`'s availability and walk-in switch:
/// themselves; organisation admins anyone in the organisation; department
/// admins the staff of their departments. Not-found for staff outside the
/// organisation.
async fn may_manage(cp: &ControlPlane, me: &Principal, staff: &StaffId) -> Result<(), ApiError> {
    let departments = me.scope().in_org("SELECT sd.department_id FROM staff s LEFT JOIN staff_departments sd ON sd.staff_id = s.id WHERE s.id = $2 AND s.org_id = $1")
        .bind(staff.as_str())
        .fetch_all(cp.db().pool())
        .await?;
    if departments.is_empty() {
        return Err(ApiError::not_found());
    }
    if *staff == me.staff || me.role == Role::OrgAdmin {
        return Ok(());
    }
    if me.role == Role::DepartmentAdmin {
        for row in &departments {
            if let Some(d) = row.try_get::<Option<String>, _>("department_id")? {
                if me.departments.iter().any(|mine| mine.as_str() == d) {
                    return Ok(());
                }
            }
        }
    }
    Err(ApiError::forbidden())
}

#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewAvailability {
    /// Whose availability; absent means the caller's own.
    pub staff: Option<StaffId>,
    pub kind: AvailabilityKind,
    /// YYYY-MM-DD.
    #[schema(format = Date)]
    pub date: String,
    /// Weekly only: the last date, YYYY-MM-DD (absent or empty: no end).
    pub until: Option<String>,
    /// HH:MM.
    pub start: String,
    pub end: String,
    pub slot_minutes: u32,
    #[serde(default)]
    pub gap_minutes: u32,
}

/// `POST /api/v1/availability`. A block that overlaps another of the same
/// person is refused with `conflict`.
#[utoipa::path(post, path = "/availability", tag = "availability", request_body = NewAvailability, responses((status = 201, body = Availability), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")))]
pub async fn create(
    State(cp): State<ControlPlane>,
    me: Principal,
    Json(new): Json<NewAvailability>,
) -> Result<Response, ApiError> {
    let staff = new.staff.unwrap_or_else(|| me.staff.clone());
    may_manage(&cp, &me, &staff).await?;
    let today = cp.clock().now().to_zoned(me.settings.tz()).date();
    let date: Date = new
        .date
        .trim()
        .parse()
        .map_err(|_| ApiError::invalid("date"))?;
    let until = match (&new.kind, new.until.as_deref().map(str::trim)) {
        (_, None | Some("")) => None,
        (AvailabilityKind::Once, Some(_)) => return Err(ApiError::invalid("until")),
        (AvailabilityKind::Weekly, Some(u)) => {
            Some(u.parse::<Date>().map_err(|_| ApiError::invalid("until"))?)
        }
    };
    let last = until.unwrap_or(date);
    if last < today
        || until.is_some_and(|u| u < date)
        || date > today.saturating_add(jiff::Span::new().years(2))
    {
        return Err(ApiError::invalid(if until.is_some() {
            "until"
        } else {
            "date"
        }));
    }
    let start = minute_of_day(new.start.trim())
        .filter(|m| *m < 24 * 60)
        .ok_or(ApiError::invalid("start"))?;
    let end = minute_of_day(new.end.trim())
        .filter(|m| *m > start)
        .ok_or(ApiError::invalid("end"))?;
    if !(5..=480).contains(&new.slot_minutes) || start + new.slot_minutes > end {
        return Err(ApiError::invalid("slot_minutes"));
    }
    if new.gap_minutes > 240 {
        return Err(ApiError::invalid("gap_minutes"));
    }
    let block = Availability {
        id: AvailabilityId::generate(),
        staff,
        kind: new.kind,
        weekday: weekday_number(date.weekday()),
        date,
        until,
        start: format!("{:02}:{:02}", start / 60, start % 60),
        end: format!("{:02}:{:02}", end / 60, end % 60),
        slot_minutes: new.slot_minutes,
        gap_minutes: new.gap_minutes,
    };
    if blocks_of(&cp, &me.tenant(), &block.staff)
        .await?
        .iter()
        .any(|b| b.overlaps(&block))
    {
        return Err(ApiError::new(ApiErrorCode::Conflict));
    }
    me.scope().in_org(
        "INSERT INTO availability (id, org_id, staff_id, kind, date, until, weekday, start_minute, end_minute, slot_minutes, gap_minutes, created_at) \
         VALUES ($2, $1, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
    )
    .bind(block.id.as_str())
    .bind(block.staff.as_str())
    .bind(block.kind.as_str())
    .bind(block.date.to_string())
    .bind(block.until.map(|u| u.to_string()))
    .bind(i64::from(block.weekday))
    .bind(i64::from(start))
    .bind(i64::from(end))
    .bind(i64::from(block.slot_minutes))
    .bind(i64::from(block.gap_minutes))
    .bind(cp.clock().now_ms())
    .execute(cp.db().pool())
    .await?;
    Ok((StatusCode::CREATED, Json(block)).into_response())
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct StaffQuery {
    pub staff: Option<String>,
}

/// `GET /api/v1/availability?staff=`: one person's blocks (default: the
/// caller's).
#[utoipa::path(get, path = "/availability", tag = "availability", params(StaffQuery), responses((status = 200, body = Vec<Availability>), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")))]
pub async fn list(
    State(cp): State<ControlPlane>,
    me: Principal,
    Query(q): Query<StaffQuery>,
) -> Result<Json<Vec<Availability>>, ApiError> {
    let staff = q
        .staff
        .map(StaffId::from_string)
        .unwrap_or_else(|| me.staff.clone());
    staff_in_org(&cp, &me.tenant(), &staff).await?;
    blocks_of(&cp, &me.tenant(), &staff).await.map(Json)
}

/// `DELETE /api/v1/availability/{id}`. Appointments already booked stay.
#[utoipa::path(delete, path = "/availability/{id}", tag = "availability", params(("id" = String, Path, description = "the record's id")), responses((status = 204), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")))]
pub async fn delete(
    State(cp): State<ControlPlane>,
    me: Principal,
    Path(id): Path<AvailabilityId>,
) -> Result<StatusCode, ApiError> {
    let row = me
        .scope()
        .in_org("SELECT staff_id FROM availability WHERE id = $2 AND org_id = $1")
        .bind(id.as_str())
        .fetch_optional(cp.db().pool())
        .await?
        .ok_or_else(ApiError::not_found)?;
    may_manage(&cp, &me, &StaffId::from_string(row.try_get("staff_id")?)).await?;
    me.scope()
        .in_org("DELETE FROM availability WHERE id = $2 AND org_id = $1")
        .bind(id.as_str())
        .execute(cp.db().pool())
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// A bookable slot.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Slot {
    #[schema(value_type = String, format = DateTime)]
    pub starts_at: Timestamp,
    #[schema(value_type = String, format = DateTime)]
    pub ends_at: Timestamp,
    /// Not booked, not overlapping another appointment, and in the future.
    pub free: bool,
}

/// Longest range of dates one slot query covers.
const MAX_SLOT_DAYS: i64 = 62;

/// The slots of `staff` on the dates `from..=to` (clinic time).
pub(crate) async fn slots(
    cp: &ControlPlane,
    tenant: &Tenant,
    tz: &TimeZone,
    staff: &StaffId,
    from: Date,
    to: Date,
) -> Result<Vec<Slot>, ApiError> {
    let days = from
        .until(to)
        .map_err(|_| ApiError::invalid("to"))?
        .get_days();
    if !(0..MAX_SLOT_DAYS).contains(&i64::from(days)) {
        return Err(ApiError::invalid("to"));
    }
    let blocks = blocks_of(cp, tenant, staff).await?;
    let mut slots = Vec::new();
    let mut date = from;
    while date <= to {
        for block in blocks.iter().filter(|b| b.applies_on(date)) {
            for minute in block.slot_minutes_of_day() {
                let Ok(local) = date
                    .at((minute / 60) as i8, (minute % 60) as i8, 0, 0)
                    .to_zoned(tz.clone())
                else {
                    continue;
                };
                let starts_at = local.timestamp();
                let ends_at = starts_at + SignedDuration::from_mins(i64::from(block.slot_minutes));
                slots.push(Slot {
                    starts_at,
                    ends_at,
                    free: true,
                });
            }
        }
        let Ok(next) = date.tomorrow() else { break };
        date = next;
    }
    slots.sort_by_key(|s| s.starts_at);
    let (Some(first), Some(last)) = (slots.first(), slots.last()) else {
        return Ok(slots);
    };
    // Appointments of the person around these slots (the longest lasts
    // eight hours), and the booked slots.
    let busy = tenant
        .query(
            "SELECT starts_at, duration_minutes FROM appointments WHERE org_id = $1 AND practitioner_id = $2 \
             AND status NOT IN ('cancelled', 'anonymised') AND starts_at > $3 AND starts_at < $4",
        )
        .bind(staff.as_str())
    .bind(first.starts_at.as_millisecond() - 8 * 3_600_000)
    .bind(last.ends_at.as_millisecond())
    .fetch_all(cp.db().pool())
    .await?;
    let busy: Vec<(i64, i64)> = busy
        .iter()
        .map(|r| {
            let start: i64 = r.try_get("starts_at")?;
            Ok((
                start,
                start + r.try_get::<i64, _>("duration_minutes")? * 60_000,
            ))
        })
        .collect::<Result<_, ApiError>>()?;
    let booked = sqlx::query("SELECT starts_at FROM slot_bookings WHERE staff_id = $1 AND starts_at >= $2 AND starts_at <= $3")
        .bind(staff.as_str())
        .bind(first.starts_at.as_millisecond())
        .bind(last.starts_at.as_millisecond())
        .fetch_all(cp.db().pool())
        .await?
        .iter()
        .map(|r| r.try_get::<i64, _>("starts_at"))
        .collect::<Result<Vec<_>, _>>()?;
    let now = cp.clock().now();
    for slot in &mut slots {
        let (s, e) = (
            slot.starts_at.as_millisecond(),
            slot.ends_at.as_millisecond(),
        );
        slot.free = slot.starts_at > now
            && !booked.contains(&s)
            && !busy.iter().any(|(bs, be)| *bs < e && s < *be);
    }
    Ok(slots)
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SlotQuery {
    /// First date, YYYY-MM-DD (clinic time).
    #[param(format = Date)]
    pub from: String,
    /// Last date, inclusive; at most 62 days after `from`.
    #[param(format = Date)]
    pub to: String,
}

impl SlotQuery {
    pub(crate) fn dates(&self) -> Result<(Date, Date), ApiError> {
        let from = self
            .from
            .trim()
            .parse()
            .map_err(|_| ApiError::invalid("from"))?;
        let to = self
            .to
            .trim()
            .parse()
            .map_err(|_| ApiError::invalid("to"))?;
        Ok((from, to))
    }
}

/// `GET /api/v1/staff/{id}/slots?from=&to=`: every slot, free or not.
#[utoipa::path(get, path = "/staff/{id}/slots", tag = "availability", params(("id" = String, Path, description = "the record's id"), SlotQuery), responses((status = 200, body = Vec<Slot>), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")))]
pub async fn staff_slots(
    State(cp): State<ControlPlane>,
    me: Principal,
    Path(id): Path<StaffId>,
    Query(q): Query<SlotQuery>,
) -> Result<Json<Vec<Slot>>, ApiError> {
    let staff = id;
    staff_in_org(&cp, &me.tenant(), &staff).await?;
    let (from, to) = q.dates()?;
    slots(&cp, &me.tenant(), &me.settings.tz(), &staff, from, to)
        .await
        .map(Json)
}

#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct WalkIn {
    pub open: bool,
}

/// `PUT /api/v1/staff/{id}/walk-in`: open or close a practitioner to
/// walk-in patients.
#[utoipa::path(put, path = "/staff/{id}/walk-in", tag = "availability", params(("id" = String, Path, description = "the record's id")), request_body = WalkIn, responses((status = 204), (status = "4XX", body = crate::error::ErrorBody, description = "a typed error")))]
pub async fn set_walk_in(
    State(cp): State<ControlPlane>,
    me: Principal,
    Path(id): Path<StaffId>,
    Json(w): Json<WalkIn>,
) -> Result<StatusCode, ApiError> {
    let staff = id;
    may_manage(&cp, &me, &staff).await?;
    me.scope()
        .in_org("UPDATE staff SET walk_in = $2 WHERE id = $3 AND org_id = $1")
        .bind(i64::from(w.open))
        .bind(staff.as_str())
        .execute(cp.db().pool())
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn block(
        kind: AvailabilityKind,
        date: &str,
        until: Option<&str>,
        start: &str,
        end: &str,
        slot: u32,
        gap: u32,
    ) -> Availability {
        let date: Date = date.parse().expect("date");
        Availability {
            id: AvailabilityId::generate(),
            staff: StaffId::from_string("s".into()),
            kind,
            weekday: weekday_number(date.weekday()),
            date,
            until: until.map(|u| u.parse().expect("until")),
            start: start.into(),
            end: end.into(),
            slot_minutes: slot,
            gap_minutes: gap,
        }
    }

    #[test]
    fn two_hours_at_twenty_plus_ten_give_four_slots() {
        let b = block(
            AvailabilityKind::Once,
            "2026-11-23",
            None,
            "09:00",
            "11:00",
            20,
            10,
        );
        let starts: Vec<u32> = b.slot_minutes_of_day().collect();
        assert_eq!(starts, vec![540, 570, 600, 630]);
        let b = block(
            AvailabilityKind::Once,
            "2026-11-23",
            None,
            "23:00",
            "24:00",
            30,
            0,
        );
        assert_eq!(
            b.slot_minutes_of_day().collect::<Vec<_>>(),
            vec![1380, 1410]
        );
    }

    #[test]
    fn overlaps_need_a_shared_date_and_time() {
        use AvailabilityKind::*;
        // 2026-11-23 is a Monday.
        let monday_weekly = block(
            Weekly,
            "2026-11-23",
            Some("2026-12-31"),
            "09:00",
            "12:00",
            20,
            0,
        );
        assert!(monday_weekly.overlaps(&block(Once, "2026-11-30", None, "11:00", "13:00", 20, 0)));
        assert!(
            !monday_weekly.overlaps(&block(Once, "2026-12-01", None, "11:00", "13:00", 20, 0)),
            "a Tuesday"
        );
        assert!(
            !monday_weekly.overlaps(&block(Once, "2026-11-30", None, "12:00", "13:00", 20, 0)),
            "touching is fine"
        );
        assert!(
            !monday_weekly.overlaps(&block(Once, "2027-01-04", None, "09:00", "10:00", 20, 0)),
            "after until"
        );
        assert!(monday_weekly.overlaps(&block(
            Weekly,
            "2026-12-14",
            None,
            "08:00",
            "09:30",
            20,
            0
        )));
        assert!(!monday_weekly.overlaps(&block(
            Weekly,
            "2027-01-04",
            None,
            "08:00",
            "09:30",
            20,
            0
        )));
        assert!(
            block(Once, "2026-11-24", None, "09:00", "10:00", 20, 0).overlaps(&block(
                Once,
                "2026-11-24",
                None,
                "09:30",
                "10:30",
                20,
                0
            ))
        );
    }

    #[test]
    fn times_of_day() {
        assert_eq!(minute_of_day("09:30"), Some(570));
        assert_eq!(minute_of_day("24:00"), Some(1440));
        for bad in ["9:30", "24:01", "12:60", "ab:cd", "", "12:00:00"] {
            assert_eq!(minute_of_day(bad), None, "{bad}");
        }
    }
}
