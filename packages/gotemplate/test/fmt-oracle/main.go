// fmt-oracle: the reference side of test/fmt.test.ts. It reads NDJSON requests on stdin and
// writes, for each, one line holding the base64 of Go's output bytes:
//
//	{"m":"f","f":"<base64 format>","a":[ARG...]}  fmt.Sprintf
//	{"m":"p","a":[ARG...]}                        fmt.Sprint
//	{"m":"l","a":[ARG...]}                        fmt.Sprintln
//	{"m":"ff","x":"<hex float64 bits>","c":"g","p":-1,"b":64}  strconv.FormatFloat
//
// ARG is {"t":TYPE,"v":...}: TYPE is a Go type string (bool, int8, ..., string, []T, [N]T,
// map[K]V, interface {}), or "nil" (a nil interface, or the zero value of a typed slot), or
// "invalid" (reflect.Value{}). v is: bool; decimal string (integers); hex bits string (floats;
// float32 bits for float32); [re, im] hex bits (complex); base64 (strings); [ARG...] (slices and
// arrays); [[ARG, ARG]...] (maps).
package main

import (
	"bufio"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"reflect"
	"strconv"
	"strings"
)

type arg struct {
	T string          `json:"t"`
	V json.RawMessage `json:"v"`
}

type request struct {
	M string `json:"m"`
	F string `json:"f"`
	A []arg  `json:"a"`
	X string `json:"x"`
	C string `json:"c"`
	P int    `json:"p"`
	B int    `json:"b"`
}

var basics = map[string]reflect.Type{
	"bool": reflect.TypeOf(false), "string": reflect.TypeOf(""),
	"int": reflect.TypeOf(int(0)), "int8": reflect.TypeOf(int8(0)), "int16": reflect.TypeOf(int16(0)),
	"int32": reflect.TypeOf(int32(0)), "int64": reflect.TypeOf(int64(0)),
	"uint": reflect.TypeOf(uint(0)), "uint8": reflect.TypeOf(uint8(0)), "uint16": reflect.TypeOf(uint16(0)),
	"uint32": reflect.TypeOf(uint32(0)), "uint64": reflect.TypeOf(uint64(0)), "uintptr": reflect.TypeOf(uintptr(0)),
	"float32": reflect.TypeOf(float32(0)), "float64": reflect.TypeOf(float64(0)),
	"complex64": reflect.TypeOf(complex64(0)), "complex128": reflect.TypeOf(complex128(0)),
}

var anyType = reflect.TypeOf((*any)(nil)).Elem()

// parseType parses a type at the start of s and returns it with the rest of s.
func parseType(s string) (reflect.Type, string) {
	switch {
	case strings.HasPrefix(s, "[]"):
		e, rest := parseType(s[2:])
		return reflect.SliceOf(e), rest
	case strings.HasPrefix(s, "map["):
		k, rest := parseType(s[4:])
		if !strings.HasPrefix(rest, "]") {
			panic("bad map type " + s)
		}
		v, rest := parseType(rest[1:])
		return reflect.MapOf(k, v), rest
	case strings.HasPrefix(s, "["):
		end := strings.IndexByte(s, ']')
		n, err := strconv.Atoi(s[1:end])
		if err != nil {
			panic(err)
		}
		e, rest := parseType(s[end+1:])
		return reflect.ArrayOf(n, e), rest
	case strings.HasPrefix(s, "interface {}"):
		return anyType, s[len("interface {}"):]
	}
	i := 0
	for i < len(s) && ('a' <= s[i] && s[i] <= 'z' || '0' <= s[i] && s[i] <= '9') {
		i++
	}
	t, ok := basics[s[:i]]
	if !ok {
		panic("unknown type " + s)
	}
	return t, s[i:]
}

func must(err error) {
	if err != nil {
		panic(err)
	}
}

func floatBits(raw string) uint64 {
	b, err := strconv.ParseUint(raw, 16, 64)
	must(err)
	return b
}

func toFloat(t reflect.Type, hexBits string, size int) float64 {
	if size == 32 {
		return float64(math.Float32frombits(uint32(floatBits(hexBits))))
	}
	return math.Float64frombits(floatBits(hexBits))
}

// build returns the value an ARG describes (invalid for "nil").
func build(a arg) reflect.Value {
	if a.T == "nil" {
		return reflect.Value{}
	}
	t, rest := parseType(a.T)
	if rest != "" {
		panic("trailing type text " + a.T)
	}
	v := reflect.New(t).Elem()
	switch t.Kind() {
	case reflect.Bool:
		var b bool
		must(json.Unmarshal(a.V, &b))
		v.SetBool(b)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		var s string
		must(json.Unmarshal(a.V, &s))
		n, err := strconv.ParseInt(s, 10, 64)
		must(err)
		v.SetInt(n)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		var s string
		must(json.Unmarshal(a.V, &s))
		n, err := strconv.ParseUint(s, 10, 64)
		must(err)
		v.SetUint(n)
	case reflect.Float32, reflect.Float64:
		var s string
		must(json.Unmarshal(a.V, &s))
		v.SetFloat(toFloat(t, s, t.Bits()))
	case reflect.Complex64, reflect.Complex128:
		var s [2]string
		must(json.Unmarshal(a.V, &s))
		v.SetComplex(complex(toFloat(t, s[0], t.Bits()/2), toFloat(t, s[1], t.Bits()/2)))
	case reflect.String:
		var s string
		must(json.Unmarshal(a.V, &s))
		b, err := base64.StdEncoding.DecodeString(s)
		must(err)
		v.SetString(string(b))
	case reflect.Slice, reflect.Array:
		var items []arg
		must(json.Unmarshal(a.V, &items))
		if t.Kind() == reflect.Slice {
			v = reflect.MakeSlice(t, len(items), len(items))
		}
		for i, it := range items {
			v.Index(i).Set(inSlot(t.Elem(), it))
		}
	case reflect.Map:
		var pairs [][2]arg
		must(json.Unmarshal(a.V, &pairs))
		v = reflect.MakeMapWithSize(t, len(pairs))
		for _, p := range pairs {
			v.SetMapIndex(inSlot(t.Key(), p[0]), inSlot(t.Elem(), p[1]))
		}
	default:
		panic("unsupported kind " + t.String())
	}
	return v
}

// inSlot returns the value to store in a slot of static type st.
func inSlot(st reflect.Type, a arg) reflect.Value {
	if a.T == "nil" {
		return reflect.Zero(st)
	}
	x := build(a)
	if st.Kind() == reflect.Interface {
		iv := reflect.New(st).Elem()
		iv.Set(x)
		return iv
	}
	return x
}

func args(as []arg) []any {
	out := make([]any, len(as))
	for i, a := range as {
		switch a.T {
		case "nil":
			out[i] = nil
		case "invalid":
			out[i] = reflect.Value{}
		default:
			out[i] = build(a).Interface()
		}
	}
	return out
}

func main() {
	in := bufio.NewScanner(os.Stdin)
	in.Buffer(make([]byte, 1<<20), 1<<26)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for in.Scan() {
		var r request
		must(json.Unmarshal(in.Bytes(), &r))
		var s string
		switch r.M {
		case "f":
			f, err := base64.StdEncoding.DecodeString(r.F)
			must(err)
			s = fmt.Sprintf(string(f), args(r.A)...)
		case "p":
			s = fmt.Sprint(args(r.A)...)
		case "l":
			s = fmt.Sprintln(args(r.A)...)
		case "ff":
			s = strconv.FormatFloat(math.Float64frombits(floatBits(r.X)), r.C[0], r.P, r.B)
		default:
			panic("unknown mode " + r.M)
		}
		out.WriteString(base64.StdEncoding.EncodeToString([]byte(s)))
		out.WriteByte('\n')
	}
	must(in.Err())
}
