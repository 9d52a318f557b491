// Command oracle renders test cases with Go's own text/template, the reference that the
// TypeScript port in packages/gotemplate is compared against (test/differential), and decodes
// rendered modules with json.Unmarshal into Lilypad's data.Module (mode "decode", decode.go).
//
// Protocol (see README.md): one JSON case per line on stdin, one JSON result per line on
// stdout, in the same order. Every case runs under recover() with a capped writer and a
// timeout, so one bad case cannot take the whole batch down.
package main

import (
	"bufio"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"text/template"
	"time"
	"unicode/utf8"

	"lilypad-actions/oracle/lilypad/loadmodule"
	"lilypad-actions/oracle/provider"
)

// Case is one template to render, or (decode mode) one document to decode.
type Case struct {
	ID       string            `json:"id"`
	Mode     string            `json:"mode"` // "engine" | "lilypad" | "decode"
	Name     string            `json:"name"`
	Template string            `json:"template"`
	Options  []string          `json:"options,omitempty"`
	Data     json.RawMessage   `json:"data,omitempty"`
	DataKind string            `json:"dataKind,omitempty"` // "" (interface{}) | "stringmap"
	Inputs   map[string]string `json:"inputs,omitempty"`
	Exec     string            `json:"exec,omitempty"`
	// decode mode: the document, as text or (when it is not UTF-8) as base64 of its bytes.
	JSON       string `json:"json,omitempty"`
	JSONBase64 string `json:"jsonBase64,omitempty"`
	// resources mode (see resources.go)
	Resources *provider.Strings `json:"resources,omitempty"`
	Text      string            `json:"text,omitempty"`
}

// Result is what Go did with a Case.
type Result struct {
	ID         string `json:"id"`
	ParseError string `json:"parseError,omitempty"`
	ExecError  string `json:"execError,omitempty"`
	Output     string `json:"output"` // base64 of the bytes written (partial output on exec error)
	Panic      string `json:"panic,omitempty"`
	// ErrorBase64 holds the exact bytes of parseError/execError when they are not valid UTF-8
	// (encoding/json would have replaced the bad bytes with U+FFFD in the string field).
	ErrorBase64 string `json:"errorBase64,omitempty"`
	Truncated   bool   `json:"truncated,omitempty"`
	Timeout     bool   `json:"timeout,omitempty"`
	// decode mode (see decode.go)
	OK        *bool  `json:"ok,omitempty"`
	Error     string `json:"error,omitempty"`
	ErrorKind string `json:"errorKind,omitempty"`
	Offset    *int64 `json:"offset,omitempty"`
	Decoded   string `json:"decoded,omitempty"`
	CreatedAt string `json:"createdAt,omitempty"`
	// resources mode (see resources.go)
	Value    string `json:"value,omitempty"`
	CPU      string `json:"cpu,omitempty"`
	NanoCPUs string `json:"nanoCpus,omitempty"`
	Memory   string `json:"memory,omitempty"`
	Disk     string `json:"disk,omitempty"`
	GPU      string `json:"gpu,omitempty"`
}

// maxOutput caps what one case may write; past it execution stops with errOutputLimit.
const maxOutput = 1 << 20

// caseTimeout bounds one case's wall time (e.g. deep {{template}} recursion).
const caseTimeout = 10 * time.Second

var errOutputLimit = errors.New("oracle: output limit exceeded")

type cappedWriter struct {
	buf       []byte
	truncated bool
}

func (w *cappedWriter) Write(p []byte) (int, error) {
	room := maxOutput - len(w.buf)
	if len(p) > room {
		w.buf = append(w.buf, p[:room]...)
		w.truncated = true
		return room, errOutputLimit
	}
	w.buf = append(w.buf, p...)
	return len(p), nil
}

// testFuncs exercise text/template's call machinery (argument conversion, variadics, error
// results, panics, func values). test/support/test-funcs.ts registers the same set with the
// same Go types; keep the two and README.md in step.
var testFuncs = template.FuncMap{
	"fail": func() (string, error) { return "", errors.New("boom") },
	"boom": func() string { panic("kaboom") },
	"add":  func(a, b int) int { return a + b },
	"join": func(sep string, xs ...string) string { return strings.Join(xs, sep) },
	"seq": func(n int) []int {
		if n < 0 {
			n = 0
		}
		if n > 1000 {
			panic("seq: n too large")
		}
		s := make([]int, n)
		for i := range s {
			s[i] = i
		}
		return s
	},
	"mkmap": func() map[string]int { return map[string]int{"b": 2, "a": 1} },
	"fn":    func() func(string) string { return func(s string) string { return "<" + s + ">" } },
	"nilfn": func() func(string) string { return nil },
	"i64":   func(x int64) int64 { return x },
	"u8":    func(x uint8) uint8 { return x },
	"f32":   func(x float32) float32 { return x },
	"ok2":   func() (int, error) { return 7, nil },
	"bytes": func(s string) []byte { return []byte(s) },
}

func run(c *Case) (res Result) {
	res.ID = c.ID
	w := &cappedWriter{}
	defer func() {
		if r := recover(); r != nil {
			res.Panic = fmt.Sprint(r)
		}
		res.Output = base64.StdEncoding.EncodeToString(w.buf)
		res.Truncated = w.truncated
	}()

	var t *template.Template
	var data any
	switch c.Mode {
	case "lilypad":
		t = template.New(c.Name).Funcs(loadmodule.Funcs())
		inputs, err := loadmodule.EncodeInputs(c.Inputs)
		if err != nil {
			panic(err)
		}
		data = inputs
	case "engine":
		t = template.New(c.Name).Funcs(testFuncs).Option(c.Options...)
		switch c.DataKind {
		case "stringmap":
			var m map[string]string
			if len(c.Data) > 0 {
				if err := json.Unmarshal(c.Data, &m); err != nil {
					panic(fmt.Sprintf("oracle: bad stringmap data: %v", err))
				}
			}
			data = m
		case "":
			if len(c.Data) > 0 {
				if err := json.Unmarshal(c.Data, &data); err != nil {
					panic(fmt.Sprintf("oracle: bad data: %v", err))
				}
			}
		default:
			panic(fmt.Sprintf("oracle: unknown dataKind %q", c.DataKind))
		}
	default:
		panic(fmt.Sprintf("oracle: unknown mode %q", c.Mode))
	}

	t, err := t.Parse(c.Template)
	if err != nil {
		res.ParseError = err.Error()
		res.ErrorBase64 = rawIfInvalid(res.ParseError)
		return res
	}

	done := make(chan error, 1)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				done <- panicError{fmt.Sprint(r)}
			}
		}()
		if c.Exec != "" {
			done <- t.ExecuteTemplate(w, c.Exec, data)
		} else {
			done <- t.Execute(w, data)
		}
	}()
	select {
	case err = <-done:
	case <-time.After(caseTimeout):
		// The goroutine is abandoned; its writer is never read again.
		res.Timeout = true
		w = &cappedWriter{}
		return res
	}
	var pe panicError
	if errors.As(err, &pe) {
		res.Panic = pe.msg
	} else if err != nil {
		res.ExecError = err.Error()
		res.ErrorBase64 = rawIfInvalid(res.ExecError)
	}
	return res
}

func rawIfInvalid(msg string) string {
	if utf8.ValidString(msg) {
		return ""
	}
	return base64.StdEncoding.EncodeToString([]byte(msg))
}

type panicError struct{ msg string }

func (p panicError) Error() string { return p.msg }

func main() {
	in := bufio.NewReaderSize(os.Stdin, 1<<20)
	out := bufio.NewWriterSize(os.Stdout, 1<<20)
	defer out.Flush()
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	for {
		line, err := in.ReadBytes('\n')
		if len(strings.TrimSpace(string(line))) > 0 {
			var c Case
			if jerr := json.Unmarshal(line, &c); jerr != nil {
				fmt.Fprintf(os.Stderr, "oracle: bad case line: %v\n", jerr)
				os.Exit(2)
			}
			var res Result
			if c.Mode == "decode" {
				res = runDecode(&c)
			} else if strings.HasPrefix(c.Mode, "resources") || c.Mode == "parseFloat" || c.Mode == "parseBytes" {
				res = runResources(&c)
			} else {
				res = run(&c)
			}
			if werr := enc.Encode(&res); werr != nil {
				fmt.Fprintf(os.Stderr, "oracle: write: %v\n", werr)
				os.Exit(2)
			}
		}
		if err == io.EOF {
			return
		}
		if err != nil {
			fmt.Fprintf(os.Stderr, "oracle: read: %v\n", err)
			os.Exit(2)
		}
	}
}
