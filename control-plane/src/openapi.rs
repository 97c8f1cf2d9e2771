//! The OpenAPI document's frame: title, server prefix, how to
//! authenticate. The paths and schemas come from each handler's
//! `#[utoipa::path]` and each type's `ToSchema`, collected by the router
//! (`ControlPlane::router`), and are served at `/api/v1/openapi.json`.

use utoipa::openapi::security::{ApiKey, ApiKeyValue, HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};

#[derive(Debug, OpenApi)]
#[openapi(
    info(
        title = "anteroom control plane",
        description = "Organisations, staff, clients, appointments and their links, availability and booking, \
                       email templates, API keys. Errors are `{\"error\": {\"code\", \"message\", \"field\"?}}` with a stable code. \
                       State-changing requests with a session cookie need the `X-CSRF-Token` header from the login response; \
                       requests with an API key (`Authorization: Bearer ak_...`) need none."
    ),
    servers((url = "/api/v1")),
    modifiers(&Security),
    security(("session" = []), ("api_key" = []))
)]
pub struct ApiDoc;

struct Security;

impl Modify for Security {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "session",
            SecurityScheme::ApiKey(ApiKey::Cookie(ApiKeyValue::with_description(
                crate::auth::SESSION_COOKIE,
                "The session cookie set by /auth/login (with X-CSRF-Token on POST, PUT, PATCH, DELETE).",
            ))),
        );
        components.add_security_scheme(
            "portal",
            SecurityScheme::ApiKey(ApiKey::Cookie(ApiKeyValue::with_description(
                crate::portal::PORTAL_COOKIE,
                "A patient portal session, set by /portal/{org}/session for that organisation only.",
            ))),
        );
        components.add_security_scheme(
            "api_key",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .description(Some("An API key, ak_..."))
                    .build(),
            ),
        );
    }
}
