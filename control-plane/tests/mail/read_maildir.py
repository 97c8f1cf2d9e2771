"""Prints the mails in a Maildir as JSON, parsed by Python's email package
and their calendar attachments by the icalendar package: an independent
reader of what anteroom sent. Used by control-plane/tests/email.rs."""
import json
import os
import sys
from email import message_from_bytes, policy

import icalendar


def event_of(data):
    cal = icalendar.Calendar.from_ical(data)
    events = []
    for ev in cal.walk("VEVENT"):
        events.append({
            "uid": str(ev.get("UID")),
            "sequence": int(ev.get("SEQUENCE", 0)),
            "dtstart": ev.decoded("DTSTART").isoformat(),
            "dtend": ev.decoded("DTEND").isoformat(),
            "summary": str(ev.get("SUMMARY")),
            "description": str(ev.get("DESCRIPTION")),
            "url": str(ev.get("URL")) if ev.get("URL") else None,
            "status": str(ev.get("STATUS")),
            "attendees": [str(a) for a in (ev.get("ATTENDEE") if isinstance(ev.get("ATTENDEE"), list) else [ev.get("ATTENDEE")] if ev.get("ATTENDEE") else [])],
        })
    return {"method": str(cal.get("METHOD")), "events": events}


def main(root):
    mails = []
    new = os.path.join(root, "new")
    for name in sorted(os.listdir(new)) if os.path.isdir(new) else []:
        with open(os.path.join(new, name), "rb") as f:
            msg = message_from_bytes(f.read(), policy=policy.default)
        body = msg.get_body(preferencelist=("plain",))
        html = msg.get_body(preferencelist=("html",))
        calendars = [
            event_of(part.get_payload(decode=True))
            for part in msg.walk()
            if part.get_content_type() == "text/calendar"
        ]
        mails.append({
            "to": str(msg["To"]),
            "from": str(msg["From"]),
            "subject": str(msg["Subject"]),
            "message_id": str(msg["Message-ID"]),
            "body": body.get_content() if body is not None else None,
            "html": html.get_content() if html is not None else None,
            "parts": [part.get_content_type() for part in msg.walk()],
            "calendars": calendars,
        })
    mails.sort(key=lambda m: (m["to"], m["subject"]))
    json.dump(mails, sys.stdout)


if __name__ == "__main__":
    main(sys.argv[1])
