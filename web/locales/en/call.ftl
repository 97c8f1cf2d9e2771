# The call page (/call/{room}): the waiting room, the consultation itself
# (video tiles, controls, chat, shared files, live captions, call quality,
# inviting a guest) and what is shown after it ends.
#
# Variables: $room is a room's code, $name a person's or a file's name (as
# they gave it), $practitioner the practitioner's name, $reason a technical
# reason (often in English), $minutes and $ahead whole numbers, $size a
# number already written in the page's language, $bytes the number of bytes
# (for the plural only), $ms a number of milliseconds, $kbps kilobits per
# second, $percent a percentage (0 to 100), $width, $height and $fps a
# video's size and frame rate, $camera a camera's name as the device gives it.
#
# Technical figures (kbit/s, milliseconds, video sizes) are written without
# thousands separators (useGrouping: 0).

call-page-title = Consultation · anteroom
call-title = Consultation
call-title-video = Video consultation
call-title-room = Consultation room { $room }
# A meeting room: staff among themselves, or with guests they invite.
call-title-meeting = Meeting room
call-page-title-meeting = Meeting · anteroom
call-language = Language
call-duration =
    .aria-label = Call duration
call-participants =
    .aria-label = Participants
call-screen-sharing = You are sharing your screen.
call-enable-sound = Turn sound on

## Joining without a link: the name to show

call-name-label = Your name, as the others will see it
call-join = Join

## The video tiles. "You" also names you in the chat.

call-you = You
# The flags on a tile, joined in a list: "microphone off, poor connection".
call-flag-microphone-off = microphone off
call-flag-camera-off = camera off
call-flag-video-paused = video paused: your connection is too slow
call-flag-poor-connection = poor connection
call-flag-screen-paused = screen paused: your connection is too slow
# A shared screen's tile.
call-screen-of = { $name }'s screen
call-screen-of-someone = Someone's screen

## The state of the call, at the top of the page

status-new = Starting…
status-connecting = Connecting…
status-connected = Connected
status-reconnecting = Connection unstable, reconnecting…
status-failed = Connection lost
status-closed = Call ended
status-enter-name = Enter your name to join
status-waiting = Waiting to be let in
status-other-window = You joined this call in another window
status-ended-by-server = The call was ended by the server
status-ended = The consultation has ended
status-room-not-found = This room does not exist
status-token-expired = This link to the consultation has expired: open it again from your invitation or the staff pages
status-invalid-token = This link to the consultation is not valid
status-room-full = The consultation is full
status-join-failed = Could not join: { $reason }
status-share-failed = Could not share the screen: { $reason }
status-switch-camera-failed = Could not switch camera: { $reason }
status-auto-admit-failed = Could not change: { $reason }
status-end-failed = Could not end: { $reason }

## The controls

controls-bar =
    .aria-label = Call controls
controls-mute = Mute microphone
controls-unmute = Unmute microphone
controls-camera-off = Turn camera off
controls-camera-on = Turn camera on
controls-switch-camera = Switch camera
# The switch camera button's tooltip: the camera in use.
controls-camera-now = Now: { $camera }
controls-camera-now-unnamed = Now: camera
controls-more = More
# On a phone: opens the chat over the video.
controls-chat = Chat
# The same, when messages came while it was closed: $count of them.
controls-chat-unread = Chat ({ $count })
controls-share-screen = Share screen
controls-stop-sharing = Stop sharing screen
# "CC": closed captions.
controls-captions = CC
    .title = Live captions
controls-quality = Call quality
# Followed by a choice of 720p, 540p, 360p and 180p.
controls-send-video = Send video at
controls-pip = Picture in picture
controls-fullscreen = Full screen
# Staff: whether the patient comes in without being admitted.
controls-auto-admit = Let the patient straight in
controls-auto-admit-on = Patient comes straight in (on)
controls-leave = Leave
controls-end = End consultation
controls-end-confirm = End the consultation for everyone?

## The waiting room (the patient's)

waiting-title = You are in the waiting room
waiting-who = The clinic will let you in shortly. Please keep this page open.
waiting-who-practitioner = { $practitioner } will let you in shortly. Please keep this page open.
waiting-announcements =
    .aria-label = Announcements
waiting-since-now = You arrived just now.
waiting-since = { $minutes ->
    [one] You have been waiting { NUMBER($minutes) } minute.
   *[other] You have been waiting { NUMBER($minutes) } minutes.
}
# $ahead: how many patients are before this one; $minutes: about how long
# until their turn (0: now).
waiting-estimate = { $ahead ->
    [0] You are next.
    [one] { NUMBER($ahead) } patient before you.
   *[other] { NUMBER($ahead) } patients before you.
} { $minutes ->
    [0] It is your turn: you will be let in as soon as the clinic is ready.
    [one] Your turn in about { NUMBER($minutes) } minute.
   *[other] Your turn in about { NUMBER($minutes) } minutes.
}

## Staff in the call: who waits to join it

waiting-join-title = Waiting to join
waiting-admit = Admit
    .aria-label = Admit { $name }
# $role: what the person waiting is.
waiting-role = { $role ->
    [patient] patient
    [participant] invited participant
    [guest] guest
    [practitioner] staff
   *[other] { $role }
}
waiting-admit-not-present = { $name } can join once the patient is here.
waiting-admit-full = The consultation is full.
waiting-admit-failed = Could not admit: { $reason }

## Call quality (staff)

quality-connection = Connection:
# The connection in a word, in the header and in the table.
quality-level = { $level ->
    [good] good
    [fair] fair
   *[poor] poor
}
quality-tooltip = round trip { NUMBER($ms, useGrouping: 0) } ms, { NUMBER($percent, minimumFractionDigits: 1, maximumFractionDigits: 1) }% lost
quality-title = Call quality
quality-table =
    .aria-label = Call quality by participant
quality-participant = Participant
quality-receiving = Receiving
quality-video = Video
quality-lost = Lost
quality-state = State
# $path: how media travels: udp, tcp, relay, or none yet.
quality-summary = Media { $path ->
        [udp] direct (UDP)
        [tcp] TCP
        [relay] through a relay
       *[other] connecting
    }, round trip { NUMBER($ms, useGrouping: 0) } ms, sending { NUMBER($kbps, useGrouping: 0) } kbit/s.
# The same before the round trip is known.
quality-summary-no-rtt = Media { $path ->
        [udp] direct (UDP)
        [tcp] TCP
        [relay] through a relay
       *[other] connecting
    }, sending { NUMBER($kbps, useGrouping: 0) } kbit/s.
quality-kbps = { NUMBER($kbps, useGrouping: 0) } kbit/s
quality-video-size = { NUMBER($width, useGrouping: 0) }x{ NUMBER($height, useGrouping: 0) }, { NUMBER($fps) } fps
quality-no-video = none
quality-loss = { NUMBER($percent, maximumFractionDigits: 1) }%

## Inviting a guest (staff)

invite-title = Invite someone
invite-name-label = Their name, as the others will see it
invite-create = Create a guest link
invite-created = Send this link to them; it lets one person in, once, within an hour. You let them in from "Waiting to join".
invite-url =
    .aria-label = Guest link
invite-copy = Copy
invite-sign-in = Sign in to the staff pages in this browser to invite guests.
invite-check-name = Please check the name.
invite-over = This consultation is over.
invite-failed = Could not create the link: { $reason }

## The patient's questionnaire (staff in a consultation). $title is the
## clinic's questionnaire's title.

call-answers-title = Questionnaire: { $title }
call-answers-status = { $status ->
    [new] The patient has not started it.
    [started] The patient has started it but not sent it yet.
   *[completed] The patient has sent it.
}
call-answers-show = Show the answers
call-answers-failed = The answers could not be read.
call-answers-none = Not answered
call-answers-yes = Yes
call-answers-no = No
# Downloads of the answers (each download is in the clinic's audit log).
call-answers-pdf = Download as PDF
call-answers-text = Download as text

## Chat

chat-title = Chat
chat-title-waiting = Chat with the clinic
chat-message-label = Message
chat-input =
    .placeholder = Write a message
chat-send = Send
# Closes the chat over the video (on a phone).
chat-close = Close
chat-too-long = That message is too long (at most 2000 characters).
chat-rate-limited = Not sent: too many messages at once. Wait a moment and try again.
chat-failed = Not sent: { $reason }

## Shared files

files-share = Share a file
files-gone = Files shared in the consultation have been deleted.
files-sending = Sending { $name }…
files-too-large = { $name } was not shared: it is larger than 20 MB.
files-invalid-name = { $name } was not shared: its name has characters that are not allowed; rename it and try again.
files-storage-full = { $name } was not shared: there is no more space for files in this consultation.
files-not-shared = { $name } was not shared: { $reason }.
# In the chat: "shared Blood test.pdf (146 KB)", after the sender's name.
files-shared = shared { $name } ({ $size })
files-download = Download { $name }
files-download-ended = The consultation has ended; its files are deleted.
files-download-failed = Download failed: { $reason }
# A file's size; $size is the number, already written in the page's language.
files-size-bytes = { $bytes ->
    [one] { $size } byte
   *[other] { $size } bytes
}
files-size-kb = { $size } KB
files-size-mb = { $size } MB

## Live captions

captions-region =
    .aria-label = Live captions
captions-read-in = Read captions in
# The first choice under "Read captions in"; the others are languages, each
# named in itself.
captions-language-spoken = the language spoken
captions-speakers = Languages spoken
# Before a choice of language.
captions-you-speak = You speak
captions-speaks = { $name } speaks
# Before the words someone said.
captions-speaker = { $name }:
captions-delayed = Captions are running behind.
# Before a caption line when the server fell behind and could not caption
# some words said just before it.
captions-words-missed = [some words missed]
# After the speaker's name on a caption line in another language than the
# page's, e.g. "(Dutch)".
captions-in-language = ({ $language })
# After the speaker's name on a translated caption line.
captions-translated-from = (translated from { $language })
captions-unavailable = Captions are unavailable on this server. The call goes on.
captions-failed = Captions could not be turned on.
captions-untranslated = Captions cannot be translated on this server; they stay in the language spoken.
captions-unheard = Captions cannot hear that language on this server.
captions-kept = When captions are on, this clinic keeps them with the appointment.

## After the call

ended-title = The consultation has ended
ended-thanks = Thank you. You can close this page now.
# To the practitioner who ended the consultation.
ended-thanks-staff = The consultation has ended for everyone. You can close this tab.
ended-chat-note = The chat of the consultation stays on this page until you close it.
ended-left = You have left the call.
ended-rejoin = Join again

## When the same person opened the consultation in another window or on
## another device, which took this window's place.

elsewhere-title = You opened this consultation in another window
elsewhere-hint = It goes on there. To continue here instead, take it back.
elsewhere-take-back = Continue here
