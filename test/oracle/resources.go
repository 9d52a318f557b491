package main

import (
	"fmt"
	"math"
	"strconv"

	"lilypad-actions/oracle/provider"
)

// runResources answers the provider-side parsing cases:
//   - "parseFloat": strconv.ParseFloat(text, 64): value (the float64's bits in hex), error;
//   - "parseBytes": go-humanize ParseBytes(text): value (decimal), error;
//   - "resources": ResourcesConfig.Validate as a provider's Bacalhau runs it on the four strings:
//     ok, error, and the parsed cpu (float64 bits in hex), nanoCpus, memory, disk and gpu (decimal).
func runResources(c *Case) (res Result) {
	res.ID = c.ID
	defer func() {
		if r := recover(); r != nil {
			res.Panic = fmt.Sprint(r)
		}
	}()
	var err error
	switch c.Mode {
	case "parseFloat":
		var f float64
		f, err = strconv.ParseFloat(c.Text, 64)
		res.Value = strconv.FormatUint(math.Float64bits(f), 16)
	case "parseBytes":
		var b uint64
		b, err = provider.ParseBytes(c.Text)
		res.Value = strconv.FormatUint(b, 10)
	case "resources":
		var p provider.Parsed
		p, err = provider.ToResources(*c.Resources)
		if err == nil {
			res.CPU = strconv.FormatUint(math.Float64bits(p.CPU), 16)
			res.NanoCPUs = strconv.FormatInt(provider.NanoCPUs(p.CPU), 10)
			res.Memory = strconv.FormatUint(p.Memory, 10)
			res.Disk = strconv.FormatUint(p.Disk, 10)
			res.GPU = strconv.FormatUint(p.GPU, 10)
		}
	default:
		panic(fmt.Sprintf("oracle: unknown mode %q", c.Mode))
	}
	ok := err == nil
	res.OK = &ok
	if err != nil {
		res.Error = err.Error()
		res.ErrorBase64 = rawIfInvalid(res.Error)
	}
	return res
}
