# The staff pages (/staff/...): what clinic staff use to run their
# appointments, waiting room, clients, availability, colleagues and settings.
#
# Names, texts and messages the clinic wrote are shown as they are and are
# never translated. Variables: $name, $client, $practitioner and $email are
# names and addresses as the clinic entered them (a client is written as
# initials and last name, "A. Jansen"); $time and $date a time or date
# already written in the page's language; $minutes, $n and $number whole
# numbers.
#
# The <noscript> text of the page stays English: without JavaScript the
# catalogues cannot be read.

## The page: its title and header

# The browser tab's title before a section has loaded.
staff-document-title = anteroom · staff
# The browser tab's title: $view is the section's heading.
staff-page-title = { $view } · anteroom
staff-page-title-default = Staff · anteroom
staff-language = Language
staff-sections =
    .aria-label = Sections
staff-nav-waiting = { $n ->
    [0] Waiting room
   *[other] Waiting room ({ $n })
}
staff-nav-appointments = Appointments
staff-nav-meeting-rooms = Meeting rooms
staff-nav-clients = Clients
# $n: messages from patients not read yet.
staff-nav-messages = { $n ->
    [0] Messages
   *[other] Messages ({ $n })
}
staff-nav-availability = Availability
staff-nav-people = Staff and departments
staff-nav-settings = Settings
staff-nav-questionnaires = Questionnaires
# Organisation admins: who read patients' questionnaire answers.
staff-nav-audit = Audit log
staff-nav-account = Account
# The account link, with the signed-in person's name (or email address).
staff-nav-account-of = Account · { $name }
staff-loading = Loading…
staff-not-found = Not found
staff-back-to-appointments = Back to the appointments
# A button next to a link or key, copying it to the clipboard.
staff-copy = Copy

## Logging in and setting a password

staff-login = Staff login
staff-email = Email
staff-password = Password
staff-totp-code = Code from your authenticator app
staff-log-in = Log in
staff-set-password = Set your password
staff-set-password-needs-link = This page needs the link from your email.
staff-password-hint = At least 12 characters. A passphrase of several words is easy to remember and hard to guess.
staff-new-password = New password
staff-repeat-password = Repeat it
staff-set-password-button = Set password
staff-passwords-differ = The two passwords differ.
staff-password-set = Your password is set. Log in with it now.

## Errors. $field is the name of the form field to check (its label).

staff-error-unexpected = Something went wrong: { $error }
staff-error-invalid-field = Please check "{ $field }": a field has an unacceptable value.
staff-error-brand-colour = Please choose a darker brand colour: white text on it must have a contrast of at least 4.5 to 1.
staff-error-invalid-credentials = The email address or password (or code) is wrong.
staff-error-totp-required = Enter the code from your authenticator app.
staff-error-rate-limited = Too many failed attempts. Wait a few minutes and try again.
staff-error-forbidden = Your role does not allow this.
staff-error-conflict = This conflicts with an existing record.
staff-error-invalid-token = This link is unknown, already used or expired. Ask an administrator for a new one.
staff-error-invalid-state = The appointment can no longer be changed this way.
staff-error-not-found = This record does not exist (any more).
staff-error-unauthenticated = Log in first.
staff-error-internal = Something went wrong on the server. Please try again.

## The waiting room: who waits, since when; chat and admission

waiting-heading = Waiting room
# A desktop notification; it names nobody (it may show on a shared screen).
waiting-notification = A patient is waiting
waiting-notify-me = Notify me on this computer when a patient arrives
waiting-connecting = Connecting to the waiting room…
waiting-nobody = Nobody is waiting.
waiting-table =
    .aria-label = Waiting
waiting-column-name = Name
waiting-column-appointment = Appointment
waiting-column-waiting = Waiting
waiting-column-connection = Connection
# Whether the person came on time for their appointment, late, or without one.
waiting-marker = { $marker ->
    [on_time] on time
    [late] late
   *[walk_in] walk-in
}
# Who a waiting person is, if not the patient (after their name).
waiting-role = { $role ->
    [practitioner] (practitioner)
    [participant] (participant)
   *[guest] (guest)
}
# How long someone has waited, in whole minutes.
waiting-minutes = { $minutes ->
    [one] { $minutes } min
   *[other] { $minutes } min
}
# What the patient's connection check before the call found.
waiting-connection = { $connection ->
    [good] good
    [tcp_only] TCP only
    [relayed] relayed
    [poor] poor
   *[failed] no video: call them
}
waiting-message = Message
waiting-message-new = Message (new)
# How far a waiting patient got with the clinic's questionnaire.
waiting-questionnaire = { $status ->
    [new] Questionnaire not started
    [started] Questionnaire started
   *[completed] Questionnaire completed
}
waiting-answers = Answers
# Above a patient's answers: $name (the patient), $title (the questionnaire).
answers-heading = Answers of { $name }: { $title }
answers-none = Not answered
answers-yes = Yes
answers-no = No
# Links under a patient's answers: the same answers as a file.
answers-pdf = Download as PDF
answers-text = Download as text
answers-close = Close the answers
waiting-admit = Admit
waiting-chat-with = Chat with { $name }
waiting-chat-form =
    .aria-label = Chat with { $name }
waiting-no-messages = No messages yet.
waiting-send = Send
waiting-not-waiting = They are no longer waiting.
waiting-patient-not-present = { $name } can join once the patient is in the consultation.
waiting-room-full = The consultation is full.
# A button on a waiting patient's row: invite someone else (a family member,
# an interpreter, a colleague) to that patient's consultation.
waiting-invite = Invite someone
waiting-invite-form =
    .aria-label = Invite someone to the consultation of { $name }
# $name: the waiting patient.
waiting-invite-heading = Invite someone to the consultation of { $name }
waiting-invite-create = Make a link
waiting-invite-close = Close
# $name: the person invited.
waiting-invite-link = Link for { $name }
# $name: the person invited; $time: until when the link can be used (today).
waiting-invite-hint = The link works once, until { $time }. No email is sent: pass it on to { $name } yourself.
# Under the link of someone added to a waiting patient's appointment: $name
# is the person; $emailed is "yes" when the link was emailed to them.
waiting-invite-added = { $emailed ->
    [yes] { $name } is added to this appointment; the link was emailed to them. They join like the patient, from the link.
   *[no] { $name } is added to this appointment. No email address was given: pass the link on to { $name } yourself.
}

## Appointments: today and upcoming, the new-appointment form

appointments-heading = Appointments
appointments-today = Today
appointments-upcoming = Upcoming
appointments-today-table =
    .aria-label = Today
appointments-upcoming-table =
    .aria-label = Upcoming
appointments-column-time = Time
appointments-column-client = Client
appointments-column-with = With
appointments-column-status = Status
appointments-none-today = No appointments today.
appointments-none-upcoming = No upcoming appointments.
appointments-first-100 = Showing the first 100; narrow the range to see more.
# An appointment's length.
appointments-duration = { $minutes ->
    [one] { $minutes } min
   *[other] { $minutes } min
}
# The external participants of an appointment: $names, a list of names.
appointments-with-participants = + { $names }
# A client whose data was removed (old appointments).
appointments-anonymised = anonymised
appointments-status = { $status ->
    [scheduled] scheduled
    [waiting] waiting
    [in_progress] in progress
    [completed] completed
    [cancelled] cancelled
    [no_show] no show
   *[anonymised] anonymised
}
appointments-start = Start consultation
appointments-resend = Resend invitation
appointments-cancel = Cancel
appointments-captions-kept = Captions kept
appointments-kept-captions =
    .aria-label = Kept captions
appointments-kept-captions-heading = Captions kept: { $client }, { $time }
appointments-no-captions-kept = No captions were kept for this appointment.
# The heading above new invitation links after resending.
appointments-new-links = New links for { $client }
appointments-new-links-no-emails = New links made (emails are off for this organisation).
appointments-resent = Invitation sent again; the earlier links keep working.
appointments-cancel-confirm = Cancel the appointment with { $client } at { $time }?
appointments-cancel-confirm-anonymised = Cancel the appointment with this client at { $time }?
appointments-cancelled = Appointment cancelled.
appointments-invitation-links = Invitation links
appointments-invitation-links-section =
    .aria-label = Invitation links
appointments-patient-link = Patient link
appointments-participant-link = Participant { $number } link
appointments-new = New appointment
appointments-new-form =
    .aria-label = New appointment
appointments-client = Client
appointments-choose = Choose…
appointments-practitioner = Practitioner
appointments-department-only = — department only —
appointments-department = Department
appointments-no-department = — none —
appointments-date = Date
appointments-time = Time
appointments-duration-minutes = Duration (minutes)
appointments-external-participants = External participants
# An external participant: $name, and what they are to the client.
appointments-participant = { $kind ->
    [family] { $name } (family)
    [interpreter] { $name } (interpreter)
    [home_care] { $name } (home care)
    [colleague] { $name } (colleague)
   *[other] { $name } (other)
}
# A part of the new-appointment form: someone the clinic has not invited
# before (a family member, an interpreter, a colleague), added on the spot.
appointments-add-person = Add a person
appointments-add-person-button = Add to this appointment
# Said once the person is in the list above, ticked. $name: the person.
appointments-person-added = { $name } is added and will be invited.
appointments-message = Personal message (in the invitation)
appointments-questionnaire = Questionnaire for the patient (filled in before the consultation)
appointments-no-questionnaire = None
# $timezone: the clinic's time zone, as in "Europe/Amsterdam".
appointments-timezone = Times are in the clinic's time zone, { $timezone }.
appointments-create = Create and invite
appointments-quick = Quick consult: start now
    .title = Starts now: the invitations go out and the consultation room opens
appointments-created = Appointment created for { $client } at { $time }.

## A new external participant, in the new-appointment form and in the
## waiting room

participant-name = Name
# What the person is to the client (a list of the kinds below).
participant-kind = Who they are
participant-kind-option = { $kind ->
    [family] Family member
    [interpreter] Interpreter
    [home_care] Home care
    [colleague] Colleague
   *[other] Other
}
participant-email = Email (optional)
participant-name-needed = Enter the person's name.

## Meeting rooms: standing rooms for staff, and guest links

rooms-heading = Meeting rooms
rooms-hint = Standing rooms for staff: everyone in the organisation can enter; others only with a guest link.
rooms-list =
    .aria-label = Meeting rooms
rooms-none = No meeting rooms yet.
rooms-enter = Enter { $name }
rooms-guest-form =
    .aria-label = Guest link for { $name }
rooms-guest-name = Guest name
rooms-create-guest-link = Create guest link
rooms-guest-link-section =
    .aria-label = Guest link
rooms-guest-link-for = Guest link for { $name }
rooms-guest-link = Guest link
# "Waiting to join" is the list of people waiting, on the call page.
rooms-guest-link-hint = It lets one person in, once, until { $time }. Let them in from the room's "Waiting to join".
rooms-new = New meeting room
rooms-new-form =
    .aria-label = New meeting room
rooms-name = Name
rooms-create = Create
rooms-created = Meeting room "{ $name }" created.

## Clients

clients-heading = Clients
clients-search-label = Search by name or client number
clients-search = Search
clients-table =
    .aria-label = Clients
clients-column-name = Name
clients-column-born = Born
clients-column-email = Email
clients-column-number = Number
clients-column-practitioners = Practitioners
# A client in the list: last name first.
clients-name = { $last_name }, { $initials }
clients-edit = Edit
clients-none-match = No client matches.
clients-none = No clients yet.
clients-previous = ← Previous
clients-next = Next →
clients-edit-form =
    .aria-label = Edit client
clients-new-form =
    .aria-label = New client
clients-edit-heading = Edit { $client }
clients-new = New client
clients-initials = Initials
clients-last-name = Last name
clients-date-of-birth = Date of birth
clients-email = Email
clients-phone = Phone
clients-client-number = Client number
# The language of the client's emails and pages; the list that follows
# names each language in itself.
clients-language = Language
clients-language-default = Clinic default
clients-departments = Departments
clients-practitioners = Practitioners
clients-save = Save
clients-add = Add client
clients-saved = Client saved.
clients-added = Client { $client } added.
# A client's record: their appointments, newest first.
clients-appointments-heading = Appointments of { $client }
clients-appointments-table =
    .aria-label = Appointments
clients-appointments-column-time = Date and time
clients-appointments-column-with = With
clients-appointments-column-status = Status
clients-appointments-column-questionnaire = Questionnaire
clients-appointments-none = No appointments yet.
clients-appointments-no-questionnaire = None asked

## Availability, walk-in and the bookable slots

availability-heading = Availability
availability-whose = Whose availability
# A weekly block: $weekday is a day's name (short), $from and $until dates.
availability-weekly = Every { $weekday } from { $from }
availability-weekly-until = Every { $weekday } from { $from } until { $until }
# Hours of a block, as "09:00–12:00".
availability-hours = { $start }–{ $end }
# The length of each slot, and the gap after it, in minutes.
availability-slot = { $minutes ->
    [one] { $minutes } min
   *[other] { $minutes } min
}
availability-slot-gap = { $gap ->
    [one] { $minutes } min + { $gap } min gap
   *[other] { $minutes } min + { $gap } min gap
}
availability-remove = Remove
availability-removed = Availability removed.
availability-none = No availability yet.
availability-walk-in-open = Open for walk-in patients.
availability-walk-in-closed = Closed for walk-in patients.
availability-walk-in = { $name } is open for walk-in patients
# A bookable slot's tooltip.
availability-free = free
availability-booked = booked
# A slot whose time has passed (it cannot be booked).
availability-past = past
availability-no-slots = No bookable slots in the next seven days.
availability-once = One day
availability-every-week = Every week
availability-until = Until (optional, weekly only)
availability-add-form =
    .aria-label = Add availability
availability-add-heading = Add availability
availability-repeat = Repeat
availability-first-day = Date (first day)
availability-from = From
availability-to = To
availability-slot-minutes = Slot (minutes)
availability-gap-minutes = Gap after each (minutes)
availability-add = Add
availability-added = Availability added.
availability-table =
    .aria-label = Availability
availability-column-when = When
availability-column-hours = Hours
availability-column-slots = Slots
availability-slots-heading = Bookable slots, next seven days

## Staff and departments

people-heading = Staff and departments
people-role = { $role ->
    [org_admin] Organisation admin
    [department_admin] Department admin
   *[practitioner] Practitioner
}
# Whether a staff member has set a password yet, and uses two-factor
# authentication.
people-active = active
people-invited = invited
people-active-2fa = active · 2FA
people-invited-2fa = invited · 2FA
people-reset-2fa-confirm = Reset two-factor authentication for { $name }? They will have to enrol again.
people-reset-2fa-done = Two-factor authentication reset; their sessions have ended.
people-reset-2fa = Reset 2FA
people-add-staff-form =
    .aria-label = Add staff
people-add-staff = Add a staff member
people-name = Name
people-email = Email
people-role-label = Role
people-departments = Departments
people-password-email = They receive an email with a link to set their password (valid 72 hours).
people-add = Add
people-added = { $name } added.
people-password-link = Password link (if the email does not arrive)
people-add-department-form =
    .aria-label = Add department
people-add-department = Add a department
people-department-added = Department added.
people-table =
    .aria-label = Staff
people-column-name = Name
people-column-role = Role
people-column-departments = Departments
people-column-account = Account
people-department-list =
    .aria-label = Departments
people-no-departments = No departments yet.

## Settings: the organisation's settings

settings-heading = Settings
settings-form =
    .aria-label = Organisation settings
settings-privacy = Privacy and calls
settings-strict-department-segregation = Strictly segregated departments (staff see only their departments' clients)
settings-strict-client-segregation = Strictly segregated clients (practitioners see only their own clients)
settings-chat-in-waiting-area = Chat in the waiting area
settings-chat-after-consultation = Chat stays available after the consultation
settings-delete-chat-after-consultation = Delete the chat after the consultation
settings-file-sharing = File sharing in calls
settings-screen-sharing = Screen sharing in calls
settings-resolution-change = Participants may change their video resolution
settings-force-start = Practitioners may force-start a consultation
settings-doorbell-sound = Doorbell sound when a patient arrives
settings-require-two-factor = Require two-factor authentication for all staff
settings-no-emails = Send no emails (staff hand out links themselves)
settings-keep-transcript = Keep the captions of consultations with the appointment (only while captions are on; everyone in the call is told)
settings-link-opens = Link opens (minutes before the appointment)
settings-link-closes = Link closes (minutes after the appointment ends)
settings-max-participants = Maximum participants per call
settings-anonymise-after = Anonymise appointments after (days; empty: never)
settings-chat-channels = Chat channels: patients write to their practitioner from the patient portal, also after the consultation
settings-channel-email-after = Email a notice of an unread chat message after (minutes; empty: never)
settings-chat-retention = Delete chat messages after (days; empty: keep)
settings-language = Language (e.g. en, nl, de)
settings-timezone = Timezone (IANA, e.g. Europe/Amsterdam)
# How patients reach the clinic when they are stuck.
settings-contact = Clinic contact
settings-contact-hint = Patients see these on their pages and in emails whenever they are stuck (a link that does not work, a camera that does not start).
settings-contact-phone = Phone
settings-contact-email = Email
# $example is a colour written as "#1f5fbf".
settings-brand-colour = Brand colour (as { $example }; empty: anteroom's blue)
settings-save = Save settings
settings-saved = Settings saved.
# The clinic's name, as patients see it on their pages and in emails.
settings-clinic-name = Clinic name (as patients see it)
# The clinic's logo, shown on its patients' pages (not in emails).
settings-logo = Logo on the patient pages (PNG, JPEG or WebP, at most 128 KB)
# The alternative text of the current logo's picture.
settings-logo-current = Current logo
settings-logo-remove = Remove logo
settings-logo-saved = Logo saved: patients see it on their pages.
settings-logo-removed = Logo removed.
settings-logo-invalid = This file is not a PNG, JPEG or WebP picture of at most 128 KB.

## Settings: the waiting-area text. The *|...|* placeholders stay as they are.

settings-text-form =
    .aria-label = Waiting-area text
settings-text-heading = Waiting-area text
settings-text-hint = Shown to patients while they wait. Placeholders: *|clinic|*, *|department|*, *|practitioner|*, *|date|*, *|time|*.
settings-text-org = Text for the whole organisation
settings-text-save = Save text
settings-text-saved = Waiting-area text saved.

## Settings: the organisation's own email templates (instead of the
## built-in ones), for one kind of mail, the whole organisation or one
## department, and every language or one.

settings-templates-form =
    .aria-label = Email templates
settings-templates-heading = Email templates
settings-templates-hint = Your own text instead of the built-in one, which is shown where there is none: keep its *|placeholders|*. An empty subject and text remove the template.
settings-templates-none = No templates of your own: every email uses the built-in text.
# A template in the list: which mail, for whom, in which language.
settings-template-kind = { $kind ->
    [invitation] Invitation
    [participant_invitation] Invitation of a participant
    [reminder] Reminder
    [cancellation] Cancellation
    [portal_pin] PIN for the patient portal
    [channel_unread] Unread message from a patient (to staff)
    [channel_reply] New message from the clinic (to the patient)
   *[password] Password link for new staff
}
settings-template-whole-organisation = Whole organisation
settings-template-every-language = Every language
# $kind, $department (or "Whole organisation") and $language (or "Every
# language"), each already written out.
settings-template-item = { $kind } · { $department } · { $language }: { $subject }
settings-template-edit = Edit
# Under a template or waiting-area text: $list is the placeholders it may
# use, such as "*|clinic|* *|date|*" (not translated).
settings-template-placeholders = Placeholders: { $list }
# A heading above the text as a patient would read it, with example values.
settings-preview = Preview
# The preview's subject line: $text is the subject with example values.
settings-preview-subject = Subject: { $text }
# Example values in previews: a made-up patient, the person they invite,
# and a message from the clinic.
settings-sample-client = A. Jansen
settings-sample-participant = B. Jansen
settings-sample-message = Please have your list of medicines at hand.
settings-template-mail = Which email
settings-template-department = For
settings-template-language = Language
settings-template-subject = Subject
settings-template-body = Text
settings-template-save = Save template
settings-template-saved = Email template saved.
settings-template-removed = Email template removed.

## Settings: service announcements

settings-announcements-form =
    .aria-label = Service announcements
settings-announcements-heading = Service announcements
settings-announcement-until = (until { $time })
settings-announcement-remove = Remove
settings-announcement-removed = Announcement removed.
settings-announcements-none = None at the moment.
settings-announcement-new = New announcement
settings-announcement-shown-until = Shown until
settings-announcement-publish = Publish
settings-announcement-published = Announcement published.

## Settings: API keys

settings-keys-form =
    .aria-label = API keys
settings-keys-heading = API keys for integrators
settings-key-revoked = revoked
settings-key-revoke = Revoke
settings-key-revoke-confirm = Revoke the key "{ $name }"? Integrations using it stop working.
settings-key-revoked-notice = Key revoked.
settings-keys-none = No keys yet.
settings-key-name = Name of the new key
settings-key-create = Create key
settings-key-created = Key created. Copy it now: it is not shown again.
settings-key-new = New key

## The signed-in person's account: two-factor authentication, logging out

account-heading = Account
account-must-enrol = Your organisation requires two-factor authentication. Set it up to continue.
account-two-factor-section =
    .aria-label = Two-factor authentication
account-two-factor = Two-factor authentication
account-two-factor-on = On. An administrator can reset it if you lose your device.
account-two-factor-off = Off.
account-qr =
    .aria-label = QR code for your authenticator app
account-confirm-form =
    .aria-label = Confirm two-factor code
account-code = Code from the app
account-turn-on = Turn on
account-two-factor-done = Two-factor authentication is on.
account-scan = Scan this code with an authenticator app, or enter the key by hand, then type the code it shows.
account-key = Key
account-set-up = Set up two-factor authentication
account-log-out = Log out
account-logged-out = You are logged out.

## Messages: chat channels with patients, kept after the consultation.
## The patient writes from the patient portal.

messages-heading = Messages
messages-hint = Conversations with your patients, kept after the consultation. Patients write from the patient portal; you get an email when a message stays unread.
messages-none = No conversations yet. A conversation starts with a patient's first appointment with you.
# A conversation in a list: $client (initials and last name) and $with (the
# practitioner or department).
messages-item = { $client } · { $with }
# $n: unread messages from the patient.
messages-unread = { $n ->
    [one] 1 unread
   *[other] { $n } unread
}
messages-off = (switched off)
messages-conversation = Conversation with { $client } ({ $with })
messages-log =
    .aria-label = Messages
messages-empty = No messages yet.
messages-write = Message to the patient
messages-send = Send
messages-closed = This conversation is switched off: the patient does not see it, and nobody can write.
messages-switch-off = Switch off for the patient
messages-switch-on = Switch on for the patient
messages-switched-off = The conversation is switched off.
messages-switched-on = The conversation is switched on.
messages-leave = Leave this conversation
# $names: the colleagues who joined, joined by commas.
messages-members = Also in this conversation: { $names }
messages-not-joined = You have not joined this conversation. Join it to read and write; the patient's practitioner and everyone who joined see that you did.
messages-join = Join the conversation
messages-not-yours = (not joined)
messages-of-client = Conversations of { $client }
messages-none-client = No conversations with this patient yet.
messages-start-with = Start a conversation with
messages-start = Start
messages-back = All conversations
# The button in the clients list; its accessible name names the client.
clients-messages-of = Messages
    .aria-label = Messages of { $client }

## Questionnaires: the questions a patient answers before the consultation,
## made by administrators for the whole organisation or one department.
## $title is a questionnaire's title as the clinic wrote it; $version a
## whole number (1, 2, ...); $scope a department's name or "Whole
## organisation"; $type a field's type (the codes as in
## questionnaires-type).

questionnaires-heading = Questionnaires
questionnaires-hint = The questions a patient answers before the consultation, on their phone or computer. Changing a questionnaire makes a new version: answers already given keep the version they were given for. The one asked by default is asked of every new appointment (of its department, or of the whole organisation) for which no other is chosen.
questionnaires-list =
    .aria-label = Questionnaires
questionnaires-none = No questionnaires yet.
questionnaires-new = New questionnaire
questionnaires-whole-organisation = Whole organisation
questionnaires-version = Version { $version }
# Before the date and time the questionnaire was last changed.
questionnaires-updated = Changed
questionnaires-asked-by-default = Asked by default
questionnaires-edit = Edit
    .aria-label = Edit { $title }
questionnaires-duplicate = Duplicate
    .aria-label = Duplicate { $title }
questionnaires-ask-by-default = Ask by default
questionnaires-stop-asking = Stop asking by default
# A department admin sees the questionnaires of other departments and of
# the whole organisation, and cannot change them.
questionnaires-not-yours = Only its own administrators can change this one.
questionnaires-duplicated = This is a copy of "{ $title }": change what you like and save it.
questionnaires-default-set = "{ $title }" is now asked by default ({ $scope }).
questionnaires-default-stopped = "{ $title }" is no longer asked by default.

## The questionnaire editor and its live preview.

questionnaires-new-heading = New questionnaire
questionnaires-edit-heading = Edit questionnaire: { $title }
questionnaires-editor-form =
    .aria-label = Questionnaire
questionnaires-about = Version { $version } · { $scope }. Saving makes a new version.
questionnaires-about-new = Once saved, it will be version 1.
questionnaires-title = Title (the patient sees it above the questions)
# Whom a new questionnaire is for: the whole organisation or one department.
questionnaires-department = For
questionnaires-no-departments = You are not an administrator of any department, so you cannot make a questionnaire.
questionnaires-fields = Questions and texts
questionnaires-new-field-type = Type of the next field
questionnaires-add-field = Add field
questionnaires-save = Save
questionnaires-back = Back to the questionnaires
# Each field's box: $number its place (1, 2, ...) and its type.
questionnaires-field = Field { $number }: { $type ->
    [short_text] short answer
    [long_text] long answer
    [single_choice] one choice
    [multiple_choice] several choices
    [dropdown] drop-down list
    [date] date
    [country] country
    [consent] consent
    [heading] heading
    [paragraph] text
    [image] image
   *[other] { $type }
}
questionnaires-field-type = Type
questionnaires-type = { $type ->
    [short_text] Short answer (one line)
    [long_text] Long answer (several lines)
    [single_choice] One choice (buttons)
    [multiple_choice] Several choices (tick boxes)
    [dropdown] One choice (drop-down list)
    [date] Date
    [country] Country
    [consent] Consent (one tick box)
    [heading] Heading
    [paragraph] Text (no answer)
    [image] Image (no answer)
   *[other] { $type }
}
# What a field's text is, by its type.
questionnaires-label = { $type ->
    [heading] Heading
    [paragraph] Text
    [image] Description of the image (read out to patients who cannot see it)
    [consent] What the patient agrees to
   *[other] Question
}
questionnaires-required = Required
questionnaires-options = Options (one per line)
questionnaires-image = Image (PNG, JPEG or WebP, at most 128 KB)
questionnaires-image-replace = Another image (PNG, JPEG or WebP, at most 128 KB)
# The image's text for screen readers before a description is written.
questionnaires-image-uploaded = The uploaded image
questionnaires-image-done = The image is uploaded.
questionnaires-image-invalid = This image cannot be used: choose a PNG, JPEG or WebP file of at most 128 KB.
questionnaires-condition = Show only when
questionnaires-condition-always = (always shown)
questionnaires-condition-equals = has the answer
# The answers a consent field has, as a condition names them.
questionnaires-condition-ticked = ticked (yes)
questionnaires-condition-not-ticked = not ticked (no)
# A condition naming a field (or an option) that is not there any more.
questionnaires-condition-gone = (no longer possible)
questionnaires-condition-broken = Choose again when to show this field: it must follow the question it depends on, and that question must be a choice or consent with this answer.
questionnaires-move-up = Up
    .aria-label = Move field { $number } up
questionnaires-move-down = Down
    .aria-label = Move field { $number } down
questionnaires-remove = Remove
    .aria-label = Remove field { $number }
# $from and $to: places in the list (1, 2, ...).
questionnaires-moved = Field { $from } is now field { $to }.
questionnaires-removed = Field { $number } is removed.
questionnaires-problems = Please correct what is marked before saving.
questionnaires-problem-title = Give the questionnaire a title of one line (at most 200 characters).
questionnaires-problem-no-fields = Add at least one field.
# $max: a whole number.
questionnaires-problem-too-many-fields = A questionnaire has at most { $max } fields.
questionnaires-problem-too-many-images = A questionnaire shows at most { $max } images.
questionnaires-problem-label = { $type ->
    [heading] Write the heading.
    [paragraph] Write the text.
    [image] Describe the image for patients who cannot see it.
   *[other] Write the question.
}
questionnaires-problem-label-long = This text is too long: at most { $max } characters.
questionnaires-problem-options = Give at least 2 options (at most { $max }), one per line.
questionnaires-problem-options-twice = Each option may be there only once.
questionnaires-problem-option-long = An option has at most { $max } characters.
questionnaires-problem-image = Upload the image.
questionnaires-problem-characters = This text holds an invisible character that cannot be saved (pasted from elsewhere, perhaps): please type the text again.
# The server refused the questionnaire; said next to what it named.
questionnaires-error-title = The server did not accept this title: give a title of one line, of at most 200 characters.
questionnaires-error-fields = The server did not accept the fields: check that every field has its text, every choice at least 2 different options, every image an upload, and every condition an earlier question.
questionnaires-error-department = This department cannot be chosen: choose one of yours.
questionnaires-saved = "{ $title }" is saved as version { $version }.
questionnaires-preview = Preview: how the patient sees it
questionnaires-preview-hint = Try it: nothing you answer here is saved or sent.
questionnaires-preview-again = Empty the preview

## The audit log (organisation admins): who read a patient's
## questionnaire answers, and when.

audit-heading = Audit log: questionnaire answers
# $timezone: the clinic's time zone, as in "Europe/Amsterdam".
audit-hint = Every time someone reads or exports a patient's answers to a questionnaire, it is written here, newest first. Times are in the clinic's time zone, { $timezone }.
audit-table =
    .aria-label = Reads of questionnaire answers
audit-column-when = When
audit-column-who = Who
audit-column-what = What
audit-column-appointment = Appointment
audit-action = { $action ->
    [read] Read the answers
   *[export] Exported the answers
}
# Someone no longer among the staff.
audit-staff-gone = A former colleague
audit-staff-unknown = Unknown
audit-appointment-gone = The appointment no longer exists.
audit-none = Nobody has read questionnaire answers yet.
audit-no-more = No older entries.
audit-pages =
    .aria-label = Pages of the audit log
audit-newer = ← Newer
audit-older = Older →
