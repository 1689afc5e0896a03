-- A meeting's changes that would disclose who attends (invitations, line-ups, approvals of the minutes) are logged in
-- the name of the secretariat that organises the meeting, which its snapshot now names; the delegation that acted is
-- kept beside each revision and hashed with it.
ALTER TABLE meeting_revision ADD COLUMN recorded_by_delegation TEXT;

-- Meetings scheduled before: their organiser is the delegation of the user who scheduled them. Only the current
-- snapshot gains the field; the stored revisions stay exactly as they were logged.
UPDATE meeting m SET snapshot = jsonb_set(m.snapshot, '{organiser}', to_jsonb(u.delegation_code))
FROM meeting_revision r JOIN app_user u ON u.username = r.recorded_by
WHERE r.meeting_id = m.id AND r.revision = 1 AND m.snapshot -> 'organiser' IS NULL;
