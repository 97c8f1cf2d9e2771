# The arrival page (/c/{link}, /g/{guest link}): where an invitation link
# leads. It says whether the waiting room is open, checks camera,
# microphone, speakers and the connection, then lets the patient in.
#
# Variables: $clinic is the clinic's name, $with the practitioner's,
# department's or clinic's name, $time a date and time already written in
# the page's language, $room a meeting room's name, $name the guest's name,
# $ms a number of milliseconds, $error a technical reason.

arrival-heading = Your video consultation
arrival-title = { $clinic }: your video consultation
arrival-guest-title = { $clinic }: video call
arrival-checking-link = Checking your link…
arrival-language = Language

## The state of the link

arrival-invalid = This link is not valid. Please use the link from your most recent invitation, or contact the clinic.
arrival-unreachable = The clinic's server cannot be reached right now ({ $error }). Please try again in a moment.
arrival-walk-in = Walk-in consultation with { $with }.
arrival-appointment = Your appointment with { $with }: { $time }.
arrival-early = The waiting room opens at { $time }. This page opens it for you then.
arrival-late = Your appointment time has passed, but you can still go in: the clinic will see you as soon as possible.
arrival-open = The waiting room is open.
arrival-cancelled = This appointment was cancelled. Please contact the clinic if you have questions.
arrival-expired = This link has expired. Please contact the clinic for a new appointment.

## A guest link

guest-invalid = This link is not valid. Ask the person who sent it for a new one.
guest-unreachable = The server cannot be reached right now ({ $error }). Please try again in a moment.
guest-meeting-room = You are invited to the meeting room "{ $room }", as { $name }.
guest-consultation = You are invited to a video consultation, as { $name }.
guest-used = This guest link has been used already: it lets one person in, once. Ask the person who sent it for a new one.
guest-expired = This guest link has expired. Ask the person who sent it for a new one.
guest-open = Someone in the call will let you in. This link works once.
guest-join = Join

## The check before going in

check-heading = Before you go in
check-preview = Your camera
check-camera = Camera:
check-mic = Microphone:
check-speakers = Speakers:
check-server = Connection to the clinic:
check-media = Video connection:
check-pending = checking…
check-mic-level =
    .aria-label = Microphone level
check-speakers-hint = press the button and listen
check-play = Play a sound
check-camera-blocked = blocked: allow camera and microphone in your browser
check-camera-unavailable = not available ({ $error })
check-unavailable = not available
check-working = working
check-none-found = none found
check-mic-heard = we can hear you
check-mic-found = found; speak to see the level move
check-speakers-played = did you hear a tone? If not, check your volume
check-server-good = good ({ $ms } ms)
check-server-no-answer = no answer: your network may block it
check-server-failed = cannot connect: your network may block it
check-media-untested = not tested: no connection to the clinic
check-media-measuring = connected; measuring…
check-media-blocked = no connection: your network blocks video calls. Try another network (mobile data, home Wi-Fi), or ask your IT department to allow video calls to this clinic. You can still enter: the clinic sees this and can phone you.
check-media-busy = the clinic is busy; it will be tested when you enter
check-media-error = could not be tested

# What the media check measured, in brackets after its verdict:
# "(24 ms, no loss, 1.2 Mbit/s up)". $percent and $mbits are numbers.
check-figure-rtt = { $ms } ms
check-figure-no-loss = no loss
check-figure-loss = { NUMBER($percent, maximumFractionDigits: 1) }% lost
check-figure-upload = { NUMBER($mbits, minimumFractionDigits: 1, maximumFractionDigits: 1) } Mbit/s up
# $figures: the figures above, joined; "none" when none were measured.
check-media-good = { $figures ->
    [none] good
   *[other] good ({ $figures })
}
check-media-slow = { $figures ->
    [none] slow: the picture may freeze; a better network helps
   *[other] slow ({ $figures }): the picture may freeze; a better network helps
}
check-media-relayed = { $figures ->
    [none] works through a relay: your network is strict, the call may be a little slower
   *[other] works through a relay ({ $figures }): your network is strict, the call may be a little slower
}
check-media-tcp = { $figures ->
    [none] works over TCP only: your network blocks UDP, the call may stutter now and then
   *[other] works over TCP only ({ $figures }): your network blocks UDP, the call may stutter now and then
}

## Going in

enter = Enter the waiting room
enter-failed = Could not enter the waiting room: { $reason }
enter-not-open = The waiting room is not open yet.
enter-closed = This link has expired.
enter-invalid = This link is not valid (any more).
