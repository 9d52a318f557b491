// Package selection stands in for k8s.io/apimachinery/pkg/selection: bacalhau's
// LabelSelectorRequirement.Operator has type selection.Operator, a plain named string, and
// encoding/json's errors print it by that name.
package selection

// Operator is a label selector operator (In, NotIn, Exists, ...); nothing checks its value.
type Operator string
