//! Appointments: a client with a practitioner or a department at a time,
//! optionally with external participants; their status; their links; and
//! the anonymisation of old ones.
//!
//! Who sees an appointment follows the organisation's segregation settings
//! exactly as for clients ([`crate::scope`]): organisation admins
//! (and everyone in an unsegregated organisation) see all; otherwise staff
//! see their own appointments, their departments' department appointments,
//! and, unless client segregation makes practitioners see only their own,
//! the appointments of colleagues in their departments.
//!
//! `types` (what the API shows and takes), `store` (the SQL), `routes`
//! (the handlers and their checks), `anonymise` (the daily job).

mod anonymise;
mod routes;
mod store;
mod types;

pub use anonymise::*;
pub use routes::*;
pub(crate) use store::*;
pub use types::*;

use std::collections::HashMap;
use std::fmt;

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use jiff::{SignedDuration, Timestamp};
use serde::{Deserialize, Serialize};
use sqlx::Row;

use crate::auth::Principal;
use crate::db::OrgTable;
use crate::email::{self, AppointmentMail};
use crate::error::{ApiError, ApiErrorCode, Json, Query};
use crate::idempotency::{self, Claim, Earlier, IdempotencyKey, Remembered};
use crate::ids::{AppointmentId, ClientId, DepartmentId, GroupId, ParticipantId, StaffId};
use crate::model::{self, text_enum};
use crate::participants::ParticipantKind;
use crate::scope::{Scope, Visible};
use crate::{ControlPlane, Page, PageQuery, audit, clients, links};
