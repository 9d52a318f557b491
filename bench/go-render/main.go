// go-render: the Go side of bench/run.ts. Renders module templates exactly as Lilypad v2.23.0's
// LoadModule does (pkg/module/utils.go: text/template with `subst`, every input json.Marshal'ed),
// and times it. Standard library only.
//
// Input (stdin, JSON): {"warmup": 2, "rounds": 7, "passes": 20, "items": [{"name", "text", "inputs"}]}
// Output (stdout, JSON): {"goVersion", "roundNanos": [...], "results": ["ok:<output>" | "error:<message>", ...]}
// A round renders every item `passes` times; only rendering is timed, not start-up or I/O.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"runtime"
	"text/template"
	"time"

	"lilypad-actions/oracle/lilypad/loadmodule"
)

type item struct {
	Name   string            `json:"name"`
	Text   string            `json:"text"`
	Inputs map[string]string `json:"inputs"`
}

type request struct {
	Warmup int    `json:"warmup"`
	Rounds int    `json:"rounds"`
	Passes int    `json:"passes"`
	Items  []item `json:"items"`
}

type response struct {
	GoVersion  string   `json:"goVersion"`
	RoundNanos []int64  `json:"roundNanos"`
	Results    []string `json:"results"`
}

// render is LoadModule up to json.Unmarshal: parse, encode the inputs, execute.
func render(it item) (string, error) {
	tmpl, err := template.New(it.Name).Funcs(loadmodule.Funcs()).Parse(it.Text)
	if err != nil {
		return "", err
	}
	encoded, err := loadmodule.EncodeInputs(it.Inputs)
	if err != nil {
		return "", err
	}
	var buf bytes.Buffer
	if err := tmpl.Execute(&buf, encoded); err != nil {
		return "", err
	}
	return buf.String(), nil
}

func main() {
	var req request
	if err := json.NewDecoder(os.Stdin).Decode(&req); err != nil {
		fmt.Fprintln(os.Stderr, "go-render: bad request:", err)
		os.Exit(2)
	}
	resp := response{GoVersion: runtime.Version()}
	for _, it := range req.Items {
		out, err := render(it)
		if err != nil {
			resp.Results = append(resp.Results, "error:"+err.Error())
		} else {
			resp.Results = append(resp.Results, "ok:"+out)
		}
	}
	pass := func() {
		for _, it := range req.Items {
			render(it)
		}
	}
	for r := 0; r < req.Warmup; r++ {
		for p := 0; p < req.Passes; p++ {
			pass()
		}
	}
	for r := 0; r < req.Rounds; r++ {
		start := time.Now()
		for p := 0; p < req.Passes; p++ {
			pass()
		}
		resp.RoundNanos = append(resp.RoundNanos, time.Since(start).Nanoseconds())
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(resp); err != nil {
		fmt.Fprintln(os.Stderr, "go-render:", err)
		os.Exit(1)
	}
}
