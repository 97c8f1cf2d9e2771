//! The HTTP edge's one error type: a stable code, a status, and a generic
//! message. Details (database errors may echo patient data) go only to the
//! logs, and only at debug level.

use axum::extract::rejection::JsonRejection;
use axum::extract::{FromRequest, Request};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};

/// Stable error codes of the REST API.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ApiErrorCode {
    /// The body is not JSON.
    MalformedJson,
    /// JSON, but a field is missing or has the wrong type.
    InvalidBody,
    /// The request needs `Content-Type: application/json`.
    UnsupportedMediaType,
    /// The body is larger than the limit.
    BodyTooLarge,
    /// A field's value is not acceptable; `field` says which.
    InvalidField,
    /// No valid session (or API key).
    Unauthenticated,
    /// Email or password (or TOTP code) wrong.
    InvalidCredentials,
    /// A TOTP code is needed to log in.
    TotpRequired,
    /// Too many failed logins; try again later.
    RateLimited,
    /// The state-changing request lacks the session's CSRF token.
    CsrfMismatch,
    /// The caller's role does not allow this.
    Forbidden,
    /// Nothing with that id is visible to the caller.
    NotFound,
    /// The record conflicts with an existing one (e.g. the email is taken).
    Conflict,
    /// A link or token is unknown, used or expired.
    InvalidToken,
    /// The appointment's link is not open yet; the body of `GET
    /// /links/{token}` says when it opens.
    LinkNotOpen,
    /// The appointment's link has closed (or the appointment was cancelled
    /// or has ended).
    LinkClosed,
    /// The appointment's state does not allow this change.
    InvalidState,
    /// The `Idempotency-Key` was used (in the last 24 hours) for a request
    /// with other content.
    IdempotencyKeyReused,
    /// The patient portal PIN is wrong, used or expired (or its challenge
    /// unknown): ask for a new one after five wrong tries.
    InvalidPin,
    /// Something failed on our side.
    Internal,
}

#[derive(Debug)]
pub struct ApiError {
    pub code: ApiErrorCode,
    pub field: Option<&'static str>,
}

#[derive(Debug, Serialize, Deserialize, utoipa::ToSchema)]
pub struct ErrorBody {
    pub error: ErrorDetail,
}

#[derive(Debug, Serialize, Deserialize, utoipa::ToSchema)]
pub struct ErrorDetail {
    pub code: ApiErrorCode,
    pub message: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
}

impl ApiError {
    pub fn new(code: ApiErrorCode) -> ApiError {
        ApiError { code, field: None }
    }

    pub fn invalid(field: &'static str) -> ApiError {
        ApiError {
            code: ApiErrorCode::InvalidField,
            field: Some(field),
        }
    }

    pub fn not_found() -> ApiError {
        ApiError::new(ApiErrorCode::NotFound)
    }

    pub fn forbidden() -> ApiError {
        ApiError::new(ApiErrorCode::Forbidden)
    }

    pub fn status(&self) -> StatusCode {
        use ApiErrorCode::*;
        match self.code {
            MalformedJson | InvalidBody | InvalidField => StatusCode::BAD_REQUEST,
            UnsupportedMediaType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            BodyTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            Unauthenticated | InvalidCredentials | TotpRequired | InvalidToken | InvalidPin => {
                StatusCode::UNAUTHORIZED
            }
            RateLimited => StatusCode::TOO_MANY_REQUESTS,
            CsrfMismatch | Forbidden => StatusCode::FORBIDDEN,
            NotFound => StatusCode::NOT_FOUND,
            Conflict | LinkNotOpen | InvalidState => StatusCode::CONFLICT,
            IdempotencyKeyReused => StatusCode::UNPROCESSABLE_ENTITY,
            LinkClosed => StatusCode::GONE,
            Internal => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn message(&self) -> &'static str {
        use ApiErrorCode::*;
        match self.code {
            MalformedJson => "the body is not valid JSON",
            InvalidBody => "the body lacks a required field or has a field of the wrong type",
            UnsupportedMediaType => "send the body as application/json",
            BodyTooLarge => "the body is too large",
            InvalidField => "a field has an unacceptable value",
            Unauthenticated => "log in first",
            InvalidCredentials => "wrong email, password or code",
            TotpRequired => "a two-factor code is required",
            RateLimited => "too many attempts; try again later",
            CsrfMismatch => "missing or wrong CSRF token",
            Forbidden => "your role does not allow this",
            NotFound => "not found",
            Conflict => "conflicts with an existing record",
            InvalidToken => "the link is unknown, used or expired",
            LinkNotOpen => "the link is not open yet",
            LinkClosed => "the link has closed",
            InvalidState => "the appointment's state does not allow this",
            IdempotencyKeyReused => "this Idempotency-Key was used for another request",
            InvalidPin => "the PIN is wrong, used or expired",
            Internal => "internal error",
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = ErrorBody {
            error: ErrorDetail {
                code: self.code,
                message: self.message().to_owned(),
                field: self.field.map(str::to_owned),
            },
        };
        let mut response = (self.status(), axum::Json(body)).into_response();
        if matches!(
            self.code,
            ApiErrorCode::BodyTooLarge | ApiErrorCode::UnsupportedMediaType
        ) {
            // The body was not read (or not all of it): end the connection
            // after this answer rather than read what follows as a request.
            response.headers_mut().insert(
                axum::http::header::CONNECTION,
                axum::http::HeaderValue::from_static("close"),
            );
        }
        response
    }
}

impl From<sqlx::Error> for ApiError {
    fn from(e: sqlx::Error) -> ApiError {
        tracing::debug!(error = %e, "database error");
        ApiError::new(ApiErrorCode::Internal)
    }
}

/// `axum::Json` whose rejections are [`ApiError`]s.
#[derive(Debug, Clone, Copy, Default)]
pub struct Json<T>(pub T);

impl<T, S> FromRequest<S> for Json<T>
where
    axum::Json<T>: FromRequest<S, Rejection = JsonRejection>,
    S: Send + Sync,
{
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        match axum::Json::<T>::from_request(req, state).await {
            Ok(axum::Json(value)) => Ok(Json(value)),
            Err(rejection) => Err(ApiError::new(match rejection {
                JsonRejection::JsonDataError(_) => ApiErrorCode::InvalidBody,
                JsonRejection::JsonSyntaxError(_) => ApiErrorCode::MalformedJson,
                JsonRejection::MissingJsonContentType(_) => ApiErrorCode::UnsupportedMediaType,
                JsonRejection::BytesRejection(r) if r.status() == StatusCode::PAYLOAD_TOO_LARGE => {
                    ApiErrorCode::BodyTooLarge
                }
                _ => ApiErrorCode::MalformedJson,
            })),
        }
    }
}

impl<T: Serialize> IntoResponse for Json<T> {
    fn into_response(self) -> Response {
        axum::Json(self.0).into_response()
    }
}

/// `axum::extract::Query` whose rejection is an [`ApiError`].
#[derive(Debug, Clone, Copy, Default)]
pub struct Query<T>(pub T);

impl<T, S> axum::extract::FromRequestParts<S> for Query<T>
where
    T: serde::de::DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        state: &S,
    ) -> Result<Self, Self::Rejection> {
        axum::extract::Query::<T>::from_request_parts(parts, state)
            .await
            .map(|q| Query(q.0))
            .map_err(|_| ApiError::new(ApiErrorCode::InvalidField))
    }
}
