package main

import (
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"lilypad-actions/oracle/lilypad/data"
)

// runDecode is Lilypad v2.23.0's `json.Unmarshal(buf.Bytes(), &module)` (pkg/module/utils.go
// LoadModule) on the case's document. The result carries err.Error(), what kind of error it was
// (syntax: *json.SyntaxError, with its Offset; type: *json.UnmarshalTypeError; method: an error
// from an UnmarshalText/UnmarshalJSON method), and — unless the syntax was wrong — the value
// json.Unmarshal left behind, re-marshalled with json.Marshal (as a string, so that the reader
// keeps 64-bit integers exact).
func runDecode(c *Case) (res Result) {
	res.ID = c.ID
	defer func() {
		if r := recover(); r != nil {
			res.Panic = fmt.Sprint(r)
		}
	}()
	input := []byte(c.JSON)
	if c.JSONBase64 != "" {
		var err error
		if input, err = base64.StdEncoding.DecodeString(c.JSONBase64); err != nil {
			panic(fmt.Sprintf("oracle: bad jsonBase64: %v", err))
		}
	}

	var m data.Module
	err := json.Unmarshal(input, &m)
	ok := err == nil
	res.OK = &ok
	if err != nil {
		res.Error = err.Error()
		res.ErrorBase64 = rawIfInvalid(res.Error)
		var syntax *json.SyntaxError
		var typ *json.UnmarshalTypeError
		switch {
		case errors.As(err, &syntax):
			res.ErrorKind = "syntax"
			res.Offset = &syntax.Offset
			return res
		case errors.As(err, &typ):
			res.ErrorKind = "type"
		default:
			res.ErrorKind = "method"
		}
	}

	// MarshalJSON refuses times whose offset is 24h or more, which Parse accepts ("+24:00"):
	// CreatedAt is reported separately, as Format(RFC3339Nano), and zeroed if it gets in the way.
	created := m.Job.Metadata.CreatedAt
	res.CreatedAt = created.Format(time.RFC3339Nano)
	b, merr := json.Marshal(&m)
	if merr != nil {
		m.Job.Metadata.CreatedAt = time.Time{}
		if b, merr = json.Marshal(&m); merr != nil {
			panic(fmt.Sprintf("oracle: marshal decoded module: %v", merr))
		}
	}
	res.Decoded = string(b)
	return res
}
