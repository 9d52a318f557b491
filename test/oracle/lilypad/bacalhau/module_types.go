// Package bacalhau mirrors Lilypad v2.23.0's pkg/data/bacalhau (a vendored copy of old Bacalhau
// "V1beta1" job types): the structs of job.go @ c9ea347 with their json tags, and the enum types
// of engine.go, publisher.go, storage_source.go (@ 488a796) with the behaviour of their
// UnmarshalText methods and the names their stringers print. Written for the oracle; only what
// json.Unmarshal and json.Marshal can observe is reproduced.
package bacalhau

import (
	"encoding/base64"
	"fmt"
	"strconv"
	"strings"
	"time"

	"lilypad-actions/oracle/lilypad/selection"
)

// equal is bacalhau's enum name comparison: both sides trimmed, then Unicode case folding.
func equal(a, b string) bool {
	return strings.EqualFold(strings.TrimSpace(a), strings.TrimSpace(b))
}

// lookup finds s among names[lo:hi+1] with equal; it returns 0 (the unknown value) if absent.
func lookup(names []string, lo, hi int, s string) (int, bool) {
	for i := lo; i <= hi; i++ {
		if equal(names[i], s) {
			return i, true
		}
	}
	return 0, false
}

// enumName is what a `stringer -trimprefix` String method returns.
func enumName(typ string, names []string, i int) string {
	if i < 0 || i >= len(names) {
		return typ + "(" + strconv.Itoa(i) + ")"
	}
	return names[i]
}

// Engine is the deprecated Spec.Engine. Unknown names are only logged upstream
// ("executor: unknown engine type: '%s'") and decode to engineUnknown.
type Engine int

var engineNames = []string{"engineUnknown", "Noop", "Docker", "Wasm", "engineDone"}

func (e Engine) String() string { return enumName("Engine", engineNames, int(e)) }

// MarshalText writes the stringer name.
func (e Engine) MarshalText() ([]byte, error) { return []byte(e.String()), nil }

// UnmarshalText never fails, and compares without trimming, unlike the other enums.
func (e *Engine) UnmarshalText(text []byte) error {
	*e = 0
	for i := 1; i <= 3; i++ {
		if strings.EqualFold(engineNames[i], string(text)) {
			*e = Engine(i)
			break
		}
	}
	return nil
}

// Publisher is the deprecated Spec.Publisher and PublisherSpec.Type.
type Publisher int

var publisherNames = []string{"publisherUnknown", "Noop", "Ipfs", "Estuary", "S3", "publisherDone"}

func (p Publisher) String() string { return enumName("Publisher", publisherNames, int(p)) }

// MarshalText writes the stringer name.
func (p Publisher) MarshalText() ([]byte, error) { return []byte(p.String()), nil }

// UnmarshalText accepts the four publisher names.
func (p *Publisher) UnmarshalText(text []byte) error {
	i, ok := lookup(publisherNames, 1, 4, string(text))
	if *p = Publisher(i); !ok {
		return fmt.Errorf("publisher: unknown type '%s'", text)
	}
	return nil
}

// StorageSourceType is StorageSpec.StorageSource.
type StorageSourceType int

var storageSourceNames = []string{
	"storageSourceUnknown", "IPFS", "RepoClone", "RepoCloneLFS", "URLDownload", "Estuary", "Inline",
	"LocalDirectory", "S3", "storageSourceDone",
}

func (s StorageSourceType) String() string {
	return enumName("StorageSourceType", storageSourceNames, int(s))
}

// MarshalText writes the stringer name.
func (s StorageSourceType) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText accepts the eight source names.
func (s *StorageSourceType) UnmarshalText(text []byte) error {
	i, ok := lookup(storageSourceNames, 1, 8, string(text))
	if *s = StorageSourceType(i); !ok {
		return fmt.Errorf("executor: unknown source type '%s'", text)
	}
	return nil
}

// Network is NetworkConfig.Type.
type Network int

var networkNames = []string{"None", "Full", "HTTP"}

func (n Network) String() string { return enumName("Network", networkNames, int(n)) }

// MarshalText writes the stringer name.
func (n Network) MarshalText() ([]byte, error) { return []byte(n.String()), nil }

// UnmarshalText accepts None, Full and HTTP; the error names the type with %T.
func (n *Network) UnmarshalText(text []byte) error {
	i, ok := lookup(networkNames, 0, 2, string(text))
	if *n = Network(i); !ok {
		return fmt.Errorf("%T: unknown type '%s'", Network(0), text)
	}
	return nil
}

// PublicKey is base64 text in JSON.
type PublicKey []byte

// MarshalText encodes with standard base64.
func (pk PublicKey) MarshalText() ([]byte, error) {
	return []byte(base64.StdEncoding.EncodeToString(pk)), nil
}

// UnmarshalText decodes standard base64; on error the key is left as it was.
func (pk *PublicKey) UnmarshalText(text []byte) error {
	b, err := base64.StdEncoding.DecodeString(string(text))
	if err != nil {
		return err
	}
	*pk = b
	return nil
}

// TargetingMode has no text methods: JSON sees a bool.
type TargetingMode bool

// EngineSpec has no json tags.
type EngineSpec struct {
	Type   string
	Params map[string]interface{}
}

// PublisherSpec is the current publisher setting.
type PublisherSpec struct {
	Type   Publisher              `json:"Type,omitempty"`
	Params map[string]interface{} `json:"Params,omitempty"`
}

// JobSpecDocker is the docker engine's spec.
type JobSpecDocker struct {
	Image                string   `json:"Image,omitempty"`
	Entrypoint           []string `json:"Entrypoint,omitempty"`
	Parameters           []string `json:"Parameters,omitempty"`
	EnvironmentVariables []string `json:"EnvironmentVariables,omitempty"`
	WorkingDirectory     string   `json:"WorkingDirectory,omitempty"`
}

// JobSpecWasm is the wasm engine's spec.
type JobSpecWasm struct {
	EntryModule          StorageSpec       `json:"EntryModule,omitempty"`
	EntryPoint           string            `json:"EntryPoint,omitempty"`
	Parameters           []string          `json:"Parameters,omitempty"`
	EnvironmentVariables map[string]string `json:"EnvironmentVariables,omitempty"`
	ImportModules        []StorageSpec     `json:"ImportModules,omitempty"`
}

// S3StorageSpec locates an S3 object; its Go field name differs from the json key.
type S3StorageSpec struct {
	Bucket         string `json:"Bucket,omitempty"`
	Key            string `json:"Key,omitempty"`
	ChecksumSHA256 string `json:"Checksum,omitempty"`
	VersionID      string `json:"VersionID,omitempty"`
	Endpoint       string `json:"Endpoint,omitempty"`
	Region         string `json:"Region,omitempty"`
}

// StorageSpec is one input or output volume.
type StorageSpec struct {
	StorageSource StorageSourceType `json:"StorageSource,omitempty"`
	Name          string            `json:"Name,omitempty"`
	CID           string            `json:"CID,omitempty"`
	URL           string            `json:"URL,omitempty"`
	S3            *S3StorageSpec    `json:"S3,omitempty"`
	Repo          string            `json:"Repo,omitempty"`
	SourcePath    string            `json:"SourcePath,omitempty"`
	ReadWrite     bool              `json:"ReadWrite,omitempty"`
	Path          string            `json:"Path,omitempty"`
	Metadata      map[string]string `json:"Metadata,omitempty"`
}

// ResourceUsageConfig holds resource strings; GPU has no omitempty.
type ResourceUsageConfig struct {
	CPU    string `json:"CPU,omitempty"`
	Memory string `json:"Memory,omitempty"`
	Disk   string `json:"Disk,omitempty"`
	GPU    string `json:"GPU"`
}

// NetworkConfig is the job's network access.
type NetworkConfig struct {
	Type    Network  `json:"Type"`
	Domains []string `json:"Domains,omitempty"`
}

// LabelSelectorRequirement is one node selector.
type LabelSelectorRequirement struct {
	Key      string             `json:"Key"`
	Operator selection.Operator `json:"Operator"`
	Values   []string           `json:"Values,omitempty"`
}

// Deal is the client's deal.
type Deal struct {
	TargetingMode TargetingMode `json:"TargetingMode,omitempty"`
	Concurrency   int           `json:"Concurrency,omitempty"`
}

// Spec is the job specification.
type Spec struct {
	Engine        Engine                     `json:"Engine,omitempty"`
	EngineSpec    EngineSpec                 `json:"EngineSpec,omitempty"`
	Publisher     Publisher                  `json:"Publisher,omitempty"`
	PublisherSpec PublisherSpec              `json:"PublisherSpec,omitempty"`
	Docker        JobSpecDocker              `json:"Docker,omitempty"`
	Wasm          JobSpecWasm                `json:"Wasm,omitempty"`
	Resources     ResourceUsageConfig        `json:"Resources,omitempty"`
	Network       NetworkConfig              `json:"Network,omitempty"`
	Timeout       int64                      `json:"Timeout,omitempty"`
	Inputs        []StorageSpec              `json:"Inputs,omitempty"`
	Outputs       []StorageSpec              `json:"Outputs,omitempty"`
	Annotations   []string                   `json:"Annotations,omitempty"`
	NodeSelectors []LabelSelectorRequirement `json:"NodeSelectors,omitempty"`
	DoNotTrack    bool                       `json:"DoNotTrack,omitempty"`
	Deal          Deal                       `json:"Deal,omitempty"`
}

// JobRequester identifies the requester node.
type JobRequester struct {
	RequesterNodeID    string    `json:"RequesterNodeID,omitempty"`
	RequesterPublicKey PublicKey `json:"RequesterPublicKey,omitempty"`
}

// Metadata is the job's metadata; CreatedAt is a time.Time (UnmarshalJSON, RFC 3339).
type Metadata struct {
	ID        string       `json:"ID,omitempty"`
	CreatedAt time.Time    `json:"CreatedAt,omitempty"`
	ClientID  string       `json:"ClientID,omitempty"`
	Requester JobRequester `json:"Requester,omitempty"`
}

// Job is a Bacalhau V1beta1 job.
type Job struct {
	APIVersion string   `json:"APIVersion"`
	Metadata   Metadata `json:"Metadata,omitempty"`
	Spec       Spec     `json:"Spec,omitempty"`
}
