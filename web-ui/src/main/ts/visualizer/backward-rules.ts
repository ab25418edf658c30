// The local derivative rule each backward node applies, as a learner writes it: `grad` is the
// gradient arriving at the node, self/other its inputs, result its output. Math needs no translation.
const RULES: Record<string, string> = {
  AddBackward0: 'self: grad · 1, other: grad · 1',
  AddBackward1: 'self: grad · 1',
  SubBackward0: 'self: grad, other: −grad',
  SubBackward1: 'self: grad',
  RsubBackward1: 'self: −grad',
  MulBackward0: 'self: grad · other, other: grad · self',
  MulBackward1: 'self: grad · other (a number)',
  DivBackward0: 'self: grad / other, other: −grad · self / other²',
  DivBackward1: 'self: grad / other (a number)',
  NegBackward0: 'self: −grad',
  PowBackward0: 'self: grad · n · selfⁿ⁻¹',
  PowBackward1: 'self: grad · other · self^(other−1), other: grad · result · ln(self)',
  ExpBackward0: 'self: grad · result',
  LogBackward0: 'self: grad / self',
  SinBackward0: 'self: grad · cos(self)',
  CosBackward0: 'self: −grad · sin(self)',
  TanhBackward0: 'self: grad · (1 − result²)',
  SigmoidBackward0: 'self: grad · result · (1 − result)',
  ReluBackward0: 'self: grad · (result > 0)',
  SqrtBackward0: 'self: grad / (2 · result)',
  SumBackward0: 'self: grad expanded to self.shape',
  SumBackward1: 'self: grad expanded along the summed dims',
  MeanBackward0: 'self: grad expanded / self.numel()',
  MeanBackward1: 'self: grad expanded / (size of the reduced dims)',
  MmBackward0: 'self: grad @ mat2ᵀ, mat2: selfᵀ @ grad',
  MvBackward0: 'self: grad ⊗ vec, vec: selfᵀ @ grad',
  DotBackward0: 'self: grad · tensor, tensor: grad · self',
  MatmulBackward0: 'self: grad @ otherᵀ, other: selfᵀ @ grad',
  AddmmBackward0: 'self: grad, mat1: grad @ mat2ᵀ, mat2: mat1ᵀ @ grad',
  TBackward0: 'self: gradᵀ',
  ViewBackward0: 'self: grad.reshape(self.shape)',
  ReshapeAliasBackward0: 'self: grad.reshape(self.shape)',
  AccumulateGrad: 'leaf.grad += grad',
};

/** The rule text, or null for a node the table does not describe. */
export function backwardRule(gradFn: string): string | null {
  return RULES[gradFn] ?? null;
}
