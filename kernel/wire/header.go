package wire

import (
	"time"

	"github.com/google/uuid"
)

// ProtocolVersion is the messaging protocol version every header carries.
const ProtocolVersion = "5.3"

// dateLayout is ISO 8601 with microseconds and an explicit zone, the form
// jupyter_client's date parser and every frontend accept.
const dateLayout = "2006-01-02T15:04:05.000000Z07:00"

// Header is a message header. Frontends add fields of their own; those of
// an incoming header survive because replies quote the raw parent bytes.
type Header struct {
	MsgID    string `json:"msg_id"`
	MsgType  string `json:"msg_type"`
	Session  string `json:"session"`
	Username string `json:"username"`
	Date     string `json:"date"`
	Version  string `json:"version"`
}

// NewHeader makes a fresh header for a message this side originates.
func NewHeader(msgType, session, username string) Header {
	return Header{
		MsgID:    uuid.NewString(),
		MsgType:  msgType,
		Session:  session,
		Username: username,
		Date:     FormatDate(time.Now()),
		Version:  ProtocolVersion,
	}
}

// FormatDate renders t in UTC the way headers carry dates.
func FormatDate(t time.Time) string {
	return t.UTC().Format(dateLayout)
}
