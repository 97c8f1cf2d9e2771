# The start page (/): enter a room by its name (development servers with
# open rooms), or go to the staff login.

start-room = Room
start-name = Your name
start-join = Join the call
start-staff = Staff login
start-language = Language
