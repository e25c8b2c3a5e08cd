package org.dipkg.model;

/** The sort of a meeting, as its wording tells. */
public enum MeetingKind {
    MEETING, TALKS, SUMMIT, PHONE_CALL, VIDEO_CONFERENCE, SESSION
}
