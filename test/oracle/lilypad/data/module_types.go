// Package data mirrors Lilypad v2.23.0's pkg/data types that data.Module is made of, with the
// same type names, field names and json tags, so that json.Unmarshal here fails and succeeds
// exactly as in Lilypad's LoadModule and prints the same type names in its errors.
//
// MachineSpec and GPUSpec follow pkg/data/data.go @ 5078883. The fields added to Module in
// v2.18–v2.22 follow docs/lilypad-module-format.md §4.1 and PR #573 (`InputFiles InputFiles`);
// data.go @ 9ed8651 itself was not available, so the names ModuleAuthor and ModuleModel are a
// reconstruction (packages/module-spec/src/decode/module-type.ts says the same).
package data

import "lilypad-actions/oracle/lilypad/bacalhau"

// MachineSpec is the minimum hardware a module asks for.
type MachineSpec struct {
	GPU  int       `json:"gpu"`
	GPUs []GPUSpec `json:"gpus"`
	CPU  int       `json:"cpu"`
	RAM  int       `json:"ram"`
	Disk int       `json:"disk"`
}

// GPUSpec is one requested GPU.
type GPUSpec struct {
	Name   string `json:"name"`
	Vendor string `json:"vendor"`
	VRAM   int    `json:"vram"`
}

// ModuleAuthor is the module's author metadata (v2.18.0, unused by the CLI).
type ModuleAuthor struct {
	Name    string `json:"name"`
	Avatar  string `json:"avatar"`
	Address string `json:"address"`
}

// ModuleModel describes the model a module runs (v2.18.0, unused by the CLI).
type ModuleModel struct {
	Name string `json:"name"`
	Type string `json:"type"`
	Size string `json:"size"`
}

// InputFiles lists the files a job expects in its inputs directory (v2.19.0).
type InputFiles struct {
	Required []string `json:"required"`
	Optional []string `json:"optional"`
}

// Module is what LoadModule decodes a rendered template into.
type Module struct {
	Machine                 MachineSpec  `json:"machine"`
	Job                     bacalhau.Job `json:"job"`
	Author                  ModuleAuthor `json:"author"`
	Description             string       `json:"description"`
	Image                   string       `json:"image"`
	Model                   ModuleModel  `json:"model"`
	InputFiles              InputFiles   `json:"inputFiles"`
	ExecutionTimeoutSeconds uint64       `json:"executionTimeoutSeconds"`
}
