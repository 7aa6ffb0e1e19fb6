"""Names vulture (`make lint`) cannot see used, each for a reason given here.

vulture reads this file with the code: a name mentioned below counts as used. Keep it
to names used where vulture does not look; dead code is deleted, not listed here.
"""

# ruff: noqa: B018, F821

# Qt calls these overrides itself: painting, layout and event filtering.
_.paintEvent
_.sizeHint
_.minimumSizeHint
_.hasHeightForWidth
_.heightForWidth
_.eventFilter
_.closeEvent
_.changeEvent
_.showEvent
_.hideEvent
_.resizeEvent

# Parameters a signature must take although the body does not need them: __exit__'s
# exception, and Qt's message handler's context.
exc_info
context

# Read by the tests only (vulture scans the shipped code, so that code used by nothing
# but its own test is still found): the reminder timer's interval, the tray entries the
# tests trigger.
_.armed_for_ms
_.pending  # how many history writes wait for a lock (HistoryRecorder)
_.shown_through  # which notifier showed the last reminder (ReminderController)
_.precise  # whether the reminder timer is on its precise last stretch (ReminderController)
_.has_idle_time  # whether the X server has the screen-saver extension (platform.x11)
check_figure  # the pose checker: the tests walk every stretch's frames through it
_.start_action
_.quit_action

# Fields of tarfile.TarInfo, set for the archive's entries and read by tarfile.
_.uid
_.gid
_.uname
_.gname
_.mtime
