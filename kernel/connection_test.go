package kernel

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestReadConnectionFile(t *testing.T) {
	tests := []struct {
		name, json string
		err        string // substring; "" for success
		endpoint   string // Endpoint(ShellPort)
	}{
		{"jupyter_client's", `{"shell_port": 5, "iopub_port": 6, "stdin_port": 7, "control_port": 8, "hb_port": 9,
			"ip": "127.0.0.1", "key": "abc", "transport": "tcp", "signature_scheme": "hmac-sha256", "kernel_name": "bytepy"}`,
			"", "tcp://127.0.0.1:5"},
		{"defaults", `{"shell_port": 5}`, "", "tcp://127.0.0.1:5"},
		{"ipv6", `{"ip": "::1", "shell_port": 5}`, "", "tcp://[::1]:5"},
		{"any address", `{"ip": "*", "shell_port": 5}`, "", "tcp://0.0.0.0:5"},
		{"ipc", `{"transport": "ipc", "ip": "/tmp/k", "shell_port": 5}`, "", "ipc:///tmp/k-5"},
		{"unsigned", `{"key": "", "signature_scheme": "", "shell_port": 1}`, "", "tcp://127.0.0.1:1"},
		{"other scheme", `{"key": "k", "signature_scheme": "hmac-md5"}`, "signature_scheme", ""},
		{"other transport", `{"transport": "udp"}`, "transport", ""},
		{"bad port", `{"hb_port": 70000}`, "port", ""},
		{"not JSON", `{`, "connection file", ""},
	}
	dir := t.TempDir()
	for _, tt := range tests {
		p := filepath.Join(dir, "conn.json")
		os.WriteFile(p, []byte(tt.json), 0o600)
		ci, err := ReadConnectionFile(p)
		switch {
		case tt.err != "" && (err == nil || !strings.Contains(err.Error(), tt.err)):
			t.Errorf("%s: err %v, want one mentioning %q", tt.name, err, tt.err)
		case tt.err == "" && err != nil:
			t.Errorf("%s: %v", tt.name, err)
		case tt.err == "" && ci.Endpoint(ci.ShellPort) != tt.endpoint:
			t.Errorf("%s: endpoint %s, want %s", tt.name, ci.Endpoint(ci.ShellPort), tt.endpoint)
		}
	}
	if _, err := ReadConnectionFile(filepath.Join(dir, "missing.json")); err == nil {
		t.Error("missing file accepted")
	}
}
