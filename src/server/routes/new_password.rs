use crate::{domain::password, pages::FormFeedback, server::auth::strength};

/// The form fields of a new password and of its confirmation.
pub(super) struct NewPasswordFields {
    pub password: &'static str,
    pub confirmation: &'static str,
}

/// Checks a new password as every form does, and writes what is wrong next
/// to the field concerned: its length first, then how guessable it is to
/// someone who knows the account's `related` words (username and address),
/// then whether the confirmation matches.
pub(super) async fn check(
    feedback: &mut FormFeedback,
    fields: NewPasswordFields,
    password: &str,
    confirmation: &str,
    related: &[String],
) {
    if let Err(e) = password::check_length(password) {
        feedback.error(fields.password, e);
        return;
    }
    if let Some(refusal) = strength::assess(password, related).await.refusal() {
        feedback.error(fields.password, refusal);
    }
    if let Err(e) = password::check_confirmation(password, confirmation) {
        feedback.error(fields.confirmation, e);
    }
}
