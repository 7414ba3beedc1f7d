// Package wire is the Jupyter messaging protocol's framing: how one message
// becomes the list of ZeroMQ frames that travels on a socket, and back.
//
// A message on the wire is
//
//	identity* "<IDS|MSG>" signature header parent_header metadata content buffer*
//
// The four JSON frames are signed, in that order, with HMAC-SHA256 under the
// key from the connection file, and the signature travels as lowercase hex.
// Decoding is ordered so that nothing a peer sends is parsed before it is
// proved to come from a holder of the key: first the frame list's shape,
// then the signature (in constant time), then the replay history, and only
// then JSON. An empty key turns signing off, as jupyter_client does.
package wire
