// A custom-elements-manifest plugin: a widget's options are declared once, in its option table
// (`export const scorecardOptions = { /** docs */ group: { kind: 'enum', default: 'all', … } } as const satisfies OptionTable`),
// and made properties by `static { declareOptions(this, scorecardOptions); }`. The analyzer sees neither as a property,
// so this plugin reads the tables from the source (their JSDoc is the documentation) and writes each option into the
// element's manifest entry as an attribute and a field, as `@property` would have.

/** The value of a literal in an option table: strings, numbers, booleans, arrays, objects, and `otherTable.key`. */
function literal(ts, node, tables) {
  while (ts.isAsExpression(node) || ts.isSatisfiesExpression(node) || ts.isParenthesizedExpression(node)) node = node.expression;
  if (ts.isStringLiteralLike(node)) return node.text;
  if (ts.isNumericLiteral(node)) return Number(node.text);
  if (node.kind === ts.SyntaxKind.TrueKeyword) return true;
  if (node.kind === ts.SyntaxKind.FalseKeyword) return false;
  if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.MinusToken) return -literal(ts, node.operand, tables);
  if (ts.isArrayLiteralExpression(node)) return node.elements.map((e) => literal(ts, e, tables));
  if (ts.isObjectLiteralExpression(node)) return Object.fromEntries(entries(ts, node, tables).map((e) => [e.name, e.value]));
  if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) {
    const key = ts.isPropertyAccessExpression(node) ? node.name.text : literal(ts, node.argumentExpression, tables);
    const table = tables.get(node.expression.getText());
    const entry = table && entries(ts, table, tables).find((e) => e.name === key);
    if (entry) return entry.value;
  }
  throw new Error(`option tables: cannot read ${node.getText()} in ${node.getSourceFile().fileName}`);
}

/** The entries of an object literal, with the JSDoc of each; a spread of another table gives that table's entries. */
function entries(ts, object, tables) {
  return object.properties.flatMap((p) => {
    if (ts.isSpreadAssignment(p)) {
      const table = tables.get(p.expression.getText());
      if (!table) throw new Error(`option tables: unknown table ${p.expression.getText()}`);
      return entries(ts, table, tables);
    }
    if (!ts.isPropertyAssignment(p)) throw new Error(`option tables: cannot read ${p.getText()}`);
    const name = ts.isIdentifier(p.name) ? p.name.text : literal(ts, p.name, tables);
    const description = (p.jsDoc ?? [])
      .map((d) => (typeof d.comment === 'string' ? d.comment : (d.comment ?? []).map((c) => c.text).join('')))
      .join('\n')
      .trim();
    return [{ name, value: literal(ts, p.initializer, tables), description }];
  });
}

export function optionTables() {
  let ts;
  const tables = new Map(); // variable name -> object literal node
  const classes = new Map(); // class name -> table variable name
  const internal = new Set(); // `Class.field` of fields marked @internal
  return {
    name: 'q4-option-tables',
    analyzePhase({ ts: typescript, node }) {
      ts = typescript;
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
        let init = node.initializer;
        while (ts.isAsExpression(init) || ts.isSatisfiesExpression(init)) init = init.expression;
        if (ts.isObjectLiteralExpression(init)) tables.set(node.name.text, init);
      }
      if (ts.isClassDeclaration(node) && node.name) {
        for (const member of node.members) {
          if (ts.isPropertyDeclaration(member) && ts.getJSDocTags(member).some((t) => t.tagName.text === 'internal')) {
            internal.add(`${node.name.text}.${member.name.getText()}`);
          }
          if (!ts.isClassStaticBlockDeclaration(member)) continue;
          member.body.forEachChild(function visit(child) {
            if (ts.isCallExpression(child) && child.expression.getText() === 'declareOptions') classes.set(node.name.text, child.arguments[1].getText());
            child.forEachChild(visit);
          });
        }
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          // Properties declared as data (`static properties = { … }`, as Q4Element's are) come back from the analyzer
          // as new members: without the @internal their fields carry, and marked public. Keep them as the fields say.
          if (decl.members) {
            decl.members = decl.members.filter((m) => !internal.has(`${m.inheritedFrom?.name ?? decl.name}.${m.name}`));
            for (const m of decl.members) if (m.privacy === 'public') delete m.privacy;
          }
          if (decl.attributes) {
            decl.attributes = decl.attributes.filter((a) => !internal.has(`${a.inheritedFrom?.name ?? decl.name}.${a.fieldName}`));
          }
          const tableName = classes.get(decl.name);
          if (!tableName) continue;
          const table = tables.get(tableName);
          if (!table) throw new Error(`option tables: ${decl.name} declares ${tableName}, which was not found`);
          const attributes = [];
          const members = [];
          for (const { name: attribute, value: spec, description } of entries(ts, table, tables)) {
            if (!description) throw new Error(`option tables: ${tableName}.${attribute} has no JSDoc`);
            const name = attribute.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
            const type = { text: { integer: 'number', boolean: 'boolean' }[spec.kind] ?? 'string' };
            const def = typeof spec.default === 'string' ? `'${spec.default}'` : String(spec.default);
            attributes.push({ name: attribute, type, default: def, description, fieldName: name });
            members.push({ kind: 'field', name, type, default: def, description, attribute, ...(spec.reflect === false ? {} : { reflects: true }) });
          }
          decl.attributes = [...attributes, ...(decl.attributes ?? []).filter((a) => !attributes.some((o) => o.name === a.name))];
          decl.members = [...members, ...(decl.members ?? []).filter((m) => !members.some((o) => o.name === m.name))];
        }
      }
    },
  };
}
