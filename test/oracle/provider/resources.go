// Package provider restates how a Lilypad provider's Bacalhau v1.6.0 turns a task's resource
// strings into the limits it runs the container with (pkg/models/resource.go: ToResources, then
// Resources.Validate), together with the two small library functions it calls there:
// go-humanize v1.0.1's ParseBytes and k8sresource v1.2.0's CPU parser. They are written out here
// because the Go module proxy cannot be reached from the test machines; they call Go's strconv,
// strings and unicode exactly where the originals do, and those standard-library calls (float
// syntax, range errors, Unicode case and space rules, float→int conversion, %f) are what the
// TypeScript port in packages/module-runner/src/provider is checked against.
package provider

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"
)

// Strings is a task's ResourcesConfig as Lilypad copies it from job.Spec.Resources.
type Strings struct {
	CPU    string `json:"CPU"`
	Memory string `json:"Memory"`
	Disk   string `json:"Disk"`
	GPU    string `json:"GPU"`
}

// Parsed is models.Resources.
type Parsed struct {
	CPU    float64
	Memory uint64
	Disk   uint64
	GPU    uint64
}

// units is go-humanize's size table: SI names are powers of 1000, IEC names powers of 1024.
var units = map[string]uint64{
	"": 1, "b": 1,
	"k": 1e3, "kb": 1e3, "ki": 1 << 10, "kib": 1 << 10,
	"m": 1e6, "mb": 1e6, "mi": 1 << 20, "mib": 1 << 20,
	"g": 1e9, "gb": 1e9, "gi": 1 << 30, "gib": 1 << 30,
	"t": 1e12, "tb": 1e12, "ti": 1 << 40, "tib": 1 << 40,
	"p": 1e15, "pb": 1e15, "pi": 1 << 50, "pib": 1 << 50,
	"e": 1e18, "eb": 1e18, "ei": 1 << 60, "eib": 1 << 60,
}

// ParseBytes behaves as go-humanize's: a leading run of digits, dots and commas (commas removed)
// is the number; the rest, trimmed and lower-cased, the unit.
func ParseBytes(s string) (uint64, error) {
	n := 0
	for _, r := range s {
		if !unicode.IsDigit(r) && r != '.' && r != ',' {
			break
		}
		n++ // a rune count, used below as a byte offset, as the original does
	}
	number := strings.ReplaceAll(s[:n], ",", "")
	f, err := strconv.ParseFloat(number, 64)
	if err != nil {
		return 0, err
	}
	unit := strings.ToLower(strings.TrimSpace(s[n:]))
	mult, ok := units[unit]
	if !ok {
		return 0, fmt.Errorf("unhandled size name: %v", unit)
	}
	f *= float64(mult)
	if f >= math.MaxUint64 {
		return 0, fmt.Errorf("too large: %v", s)
	}
	return uint64(f), nil
}

// Millicores behaves as k8sresource's CPU parser: "<int>m", or a float of cores.
func Millicores(s string) (int, error) {
	if strings.HasSuffix(s, "m") {
		return strconv.Atoi(strings.TrimSuffix(s, "m"))
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return 0, err
	}
	return int(f * 1000), nil
}

func normalize(s string) string {
	s = strings.ToLower(s)
	s = strings.ReplaceAll(s, " ", "")
	return strings.ReplaceAll(s, "\n", "")
}

// ToResources is ResourcesConfig.ToResources followed by Resources.Validate's CPU check, as
// ResourcesConfig.Validate runs them.
func ToResources(r Strings) (Parsed, error) {
	r.CPU, r.Memory, r.Disk, r.GPU = normalize(r.CPU), normalize(r.Memory), normalize(r.Disk), normalize(r.GPU)
	var all error
	var p Parsed
	if r.CPU != "" {
		m, err := Millicores(r.CPU)
		if err != nil {
			all = errors.Join(all, fmt.Errorf("invalid CPU value: %s", r.CPU))
			m = 0
		}
		p.CPU = float64(m) / 1000
	}
	if r.Memory != "" {
		b, err := ParseBytes(r.Memory)
		if err != nil {
			all = errors.Join(all, fmt.Errorf("invalid memory value: %s", r.Memory))
		}
		p.Memory = b
	}
	if r.Disk != "" {
		b, err := ParseBytes(r.Disk)
		if err != nil {
			all = errors.Join(all, fmt.Errorf("invalid disk value: %s", r.Disk))
		}
		p.Disk = b
	}
	if r.GPU != "" {
		g, err := strconv.ParseUint(r.GPU, 10, 64)
		if err != nil {
			return Parsed{}, fmt.Errorf("invalid GPU value: %s", r.GPU)
		}
		p.GPU = g
	}
	if all != nil {
		return p, all
	}
	if p.CPU < 0 {
		return p, errors.Join(nil, fmt.Errorf("invalid CPU value: %f", p.CPU))
	}
	return p, nil
}

// NanoCPUs is what the Docker executor puts in HostConfig.NanoCPUs.
func NanoCPUs(cpu float64) int64 {
	return int64(cpu * 1e9)
}
