//! Tenancy and sight: the organisation a request acts in and which of its
//! clients and appointments the caller may see. This is the one place the
//! rule is written; every query over clients or appointments goes through a
//! [`Scope`], because the clauses that express it are private to this
//! module and [`Scope::query`] is the only way to run them. Queries over
//! the other rows an organisation owns (departments, staff, texts,
//! availability, keys, rooms, templates) go through its [`Tenant`], which
//! binds the organisation as `$1`; a signed-in caller's is
//! [`Principal::tenant`], and the caller's organisation is not reachable
//! any other way.
//!
//! The rule: organisation admins see everything; in an organisation
//! without strict segregation, so does everyone. Under strict department
//! segregation staff see the clients and appointments of their own
//! departments (and their own); under strict client segregation a
//! practitioner sees only their own clients and the appointments with them.

use sqlx::any::AnyArguments;
use sqlx::query::Query;

use crate::auth::Principal;
use crate::db::OrgTable;
use crate::ids::{DepartmentId, OrgId, StaffId};
use crate::model::Role;

/// The organisation a request acts in. Every statement it runs binds the
/// organisation as `$1`; the caller's own placeholders start at `$2`.
#[derive(Debug, Clone)]
pub(crate) struct Tenant {
    org: OrgId,
}

impl Tenant {
    /// The organisation named by a public path (a booking page, a link):
    /// only after the path has been resolved to an organisation that
    /// exists.
    pub(crate) fn of(org: OrgId) -> Tenant {
        Tenant { org }
    }

    pub(crate) fn org(&self) -> &OrgId {
        &self.org
    }

    /// Runs `sql`, whose `$1` is the organisation (write it in the
    /// statement's `org_id = $1` or its `org_id` column's value).
    pub(crate) fn query<'q>(&self, sql: &'q str) -> Query<'q, sqlx::Any, AnyArguments<'q>> {
        debug_assert!(
            sql.contains("$1"),
            "a tenant's statement binds the organisation as $1"
        );
        sqlx::query(sql).bind(self.org.as_str().to_owned())
    }

    /// Whether every one of `ids` is a row of `table` in this organisation:
    /// ids that a request links to a record must never reach across
    /// organisations.
    pub(crate) async fn owns(
        &self,
        conn: &mut sqlx::AnyConnection,
        table: OrgTable,
        ids: &[&str],
    ) -> Result<bool, sqlx::Error> {
        let sql = match table {
            OrgTable::Departments => {
                "SELECT 1 AS one FROM departments WHERE org_id = $1 AND id = $2"
            }
            OrgTable::Staff => "SELECT 1 AS one FROM staff WHERE org_id = $1 AND id = $2",
            OrgTable::Participants => {
                "SELECT 1 AS one FROM external_participants WHERE org_id = $1 AND id = $2"
            }
            OrgTable::Groups => {
                "SELECT 1 AS one FROM participant_groups WHERE org_id = $1 AND id = $2"
            }
        };
        for id in ids {
            if self
                .query(sql)
                .bind(*id)
                .fetch_optional(&mut *conn)
                .await?
                .is_none()
            {
                return Ok(false);
            }
        }
        Ok(true)
    }
}

/// How far a staff member sees within their organisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Sight {
    /// Every client and appointment of the organisation.
    Everything,
    /// Their own, and those of the departments they belong to.
    ThroughDepartments,
    /// Only their own clients (and appointments with them).
    OwnClientsOnly,
}

/// The tenancy scope of one request: its organisation and its caller's
/// sight. Made from the signed-in [`Principal`].
#[derive(Debug, Clone)]
pub(crate) struct Scope {
    tenant: Tenant,
    staff: StaffId,
    departments: Vec<DepartmentId>,
    sight: Sight,
}

/// A statement over one table whose rows the scope filters: `$1` to `$4`
/// are the scope's, the caller's own placeholders start at `$5`.
#[derive(Debug)]
pub(crate) struct ScopedSql(String);

/// The tables whose rows are filtered by sight.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Visible {
    /// `clients c`.
    Clients,
    /// `appointments a`.
    Appointments,
}

/// Which clients a scope may see, as SQL over `clients c`: `$1` org, `$2`
/// see everything, `$3` the staff id, `$4` through shared departments.
const CLIENTS: &str = "c.org_id = $1 AND ($2 = 1 \
     OR EXISTS (SELECT 1 FROM client_practitioners cp WHERE cp.client_id = c.id AND cp.staff_id = $3) \
     OR ($4 = 1 AND EXISTS (SELECT 1 FROM client_departments cd JOIN staff_departments sd ON sd.department_id = cd.department_id \
                        WHERE cd.client_id = c.id AND sd.staff_id = $3)))";

/// Which appointments a scope may see, as SQL over `appointments a`, with
/// the same placeholders.
const APPOINTMENTS: &str = "a.org_id = $1 AND ($2 = 1 OR a.practitioner_id = $3 \
     OR (a.department_id IS NOT NULL AND ($4 = 1 OR a.practitioner_id IS NULL) \
         AND EXISTS (SELECT 1 FROM staff_departments sd WHERE sd.staff_id = $3 AND sd.department_id = a.department_id)) \
     OR ($4 = 1 AND EXISTS (SELECT 1 FROM staff_departments p JOIN staff_departments m ON m.department_id = p.department_id \
                        WHERE p.staff_id = a.practitioner_id AND m.staff_id = $3)))";

impl Visible {
    /// `head WHERE <what the scope may see> AND tail` (`tail` may start
    /// with `TRUE` when there is nothing more to filter).
    pub(crate) fn sql(self, head: &str, tail: &str) -> ScopedSql {
        let clause = match self {
            Visible::Clients => CLIENTS,
            Visible::Appointments => APPOINTMENTS,
        };
        ScopedSql(format!("{head} WHERE {clause} AND {tail}"))
    }
}

impl Scope {
    pub(crate) fn of(me: &Principal) -> Scope {
        me.scope()
    }

    /// The scope of a caller in `tenant` (made by [`Principal::scope`]).
    pub(crate) fn new(tenant: Tenant, me: &Principal) -> Scope {
        let s = &me.settings;
        let sight = match me.role {
            Role::OrgAdmin => Sight::Everything,
            _ if !s.strict_department_segregation && !s.strict_client_segregation => {
                Sight::Everything
            }
            Role::Practitioner if s.strict_client_segregation => Sight::OwnClientsOnly,
            _ => Sight::ThroughDepartments,
        };
        Scope {
            tenant,
            staff: me.staff.clone(),
            departments: me.departments.clone(),
            sight,
        }
    }

    /// [`Tenant::query`] in the scope's organisation.
    pub(crate) fn in_org<'q>(&self, sql: &'q str) -> Query<'q, sqlx::Any, AnyArguments<'q>> {
        self.tenant.query(sql)
    }

    pub(crate) fn sight(&self) -> Sight {
        self.sight
    }

    /// Runs `sql` with the scope's placeholders bound; bind the caller's
    /// own (`$5` on) to the result.
    pub(crate) fn query<'q>(
        &'q self,
        sql: &'q ScopedSql,
    ) -> Query<'q, sqlx::Any, AnyArguments<'q>> {
        sqlx::query(&sql.0)
            .bind(self.tenant.org.as_str())
            .bind(i64::from(self.sight == Sight::Everything))
            .bind(self.staff.as_str())
            .bind(i64::from(self.sight != Sight::OwnClientsOnly))
    }

    /// Whether a client linked to `practitioners` and `departments` stays
    /// in sight (staff who are not admins must keep a client they save
    /// visible to themselves).
    pub(crate) fn would_see_client(
        &self,
        practitioners: &[StaffId],
        departments: &[DepartmentId],
    ) -> bool {
        match self.sight {
            Sight::Everything => true,
            Sight::ThroughDepartments => {
                practitioners.contains(&self.staff)
                    || departments.iter().any(|d| self.departments.contains(d))
            }
            Sight::OwnClientsOnly => practitioners.contains(&self.staff),
        }
    }
}
