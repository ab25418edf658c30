// The variables panel: each variable's value, and for tensors the attributes autograd uses.
import type { VariableInfo } from '../api/torchlet';
import { element } from '../dom';
import { type Lang, t } from '../i18n';

export function renderVariables(variables: readonly VariableInfo[], lang: Lang): HTMLElement {
  const table = element('table', 'variables-table');
  if (variables.length === 0) {
    const row = table.insertRow();
    row.insertCell().textContent = t('noVariables', lang);
    return table;
  }
  for (const variable of variables) {
    const row = table.insertRow();
    row.dataset.variable = variable.name;
    const name = row.insertCell();
    name.className = 'variable-name';
    name.textContent = variable.name;
    const value = row.insertCell();
    value.append(element('pre', 'variable-repr', variable.repr));
    const tensor = variable.tensor;
    if (tensor !== undefined) {
      const facts: [string, string][] = [
        ['shape', `torch.Size([${tensor.shape.join(', ')}])`],
        ['dtype', tensor.dtype],
        ['device', tensor.device],
        ['requires_grad', tensor.requiresGrad ? 'True' : 'False'],
        ['grad_fn', tensor.gradFn === null ? 'None' : `<${tensor.gradFn}>`],
        ['grad', tensor.grad ?? 'None'],
      ];
      const list = element('dl', 'tensor-facts');
      for (const [key, text] of facts) {
        list.append(element('dt', undefined, key));
        const dd = element('dd', undefined, text);
        dd.dataset.fact = key;
        list.append(dd);
      }
      value.append(list);
    }
  }
  return table;
}
