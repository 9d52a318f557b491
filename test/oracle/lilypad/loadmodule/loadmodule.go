// Package loadmodule is what Lilypad v2.23.0's LoadModule (pkg/module/utils.go) does before
// json.Unmarshal: the template function it registers and the encoding it gives the inputs. The
// oracle and the render benchmark both use it, so the two cannot drift apart.
package loadmodule

import (
	"encoding/json"
	"fmt"
	"text/template"
)

// Subst is Lilypad's only template function, minus its debug logging: each argument must be a
// JSON-encoded string (an input as the template sees it); the result is not escaped.
func Subst(format string, jsonEncodedInputs ...string) string {
	jsonDecodedInputs := make([]interface{}, 0, len(jsonEncodedInputs))
	for _, input := range jsonEncodedInputs {
		var s string
		if err := json.Unmarshal([]byte(input), &s); err != nil {
			panic("subst: invalid input")
		}
		jsonDecodedInputs = append(jsonDecodedInputs, s)
	}
	return fmt.Sprintf(format, jsonDecodedInputs...)
}

// Funcs is the FuncMap LoadModule registers (before Parse, since 2024-03-24).
func Funcs() template.FuncMap {
	return template.FuncMap{"subst": Subst}
}

// EncodeInputs gives the template a fresh map whose every value is json.Marshal'ed.
func EncodeInputs(inputs map[string]string) (map[string]string, error) {
	encoded := make(map[string]string, len(inputs))
	for k, v := range inputs {
		b, err := json.Marshal(v)
		if err != nil {
			return nil, err
		}
		encoded[k] = string(b)
	}
	return encoded, nil
}
