import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CLEAN_PLAN, edit } from '../helpers';

const ROOT = path.resolve(__dirname, '../../..');
const SERVER = path.join(ROOT, 'dist', 'server.js');
const nvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
const version = nvim.status === 0 ? /NVIM v(\d+\.\d+)/.exec(nvim.stdout)?.[1] : undefined;

/** The README's recipe for Neovim 0.7 (Debian's), as a user pastes it in init.lua. */
export function recipe07(server: string, locale: string): string {
  return `vim.cmd([[autocmd BufRead,BufNewFile *.plan.yaml,*.plan.yml setfiletype yaml]])
vim.api.nvim_create_autocmd('FileType', {
  pattern = 'yaml',
  callback = function(args)
    if not vim.api.nvim_buf_get_name(args.buf):match('%.plan%.ya?ml$') then return end
    local root = vim.fn.fnamemodify(vim.api.nvim_buf_get_name(args.buf), ':p:h')
    _G.jalon_client = _G.jalon_client or vim.lsp.start_client({
      name = 'jalon',
      cmd = { 'node', '${server}', '--stdio' },
      root_dir = root,
      init_options = { locale = '${locale}' },
      settings = { jalon = { locale = '${locale}' } },
    })
    vim.lsp.buf_attach_client(args.buf, _G.jalon_client)
  end,
})
`;
}

describe('Neovim: the README recipe in a real Neovim', () => {
  test(
    version ? `Neovim ${version}: diagnostics arrive and hover works` : 'skipped: nvim is not installed',
    { skip: version ? false : 'nvim is not installed: the Neovim recipe is not checked' },
    () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'jalon-nvim-'));
      const plan = path.join(dir, 'demo.plan.yaml');
      writeFileSync(plan, edit(CLEAN_PLAN, 'contributes_to: [patients]', 'contributes_to: [patientz]'));
      const out = path.join(dir, 'out.json');
      // On 'patients' in the objective's `indicators: [patients, funds]`.
      const HOVER_LINE = CLEAN_PLAN.split('\n').findIndex((l) => l.includes('indicators: [patients, funds]'));
      const script = path.join(dir, 'test.lua');
      writeFileSync(
        script,
        `${recipe07(SERVER, 'fr')}
vim.cmd('edit ${plan}')
local bufnr = vim.api.nvim_get_current_buf()
local got = {}
vim.wait(20000, function() return #vim.diagnostic.get(bufnr) > 0 end, 100)
for _, d in ipairs(vim.diagnostic.get(bufnr)) do got[#got + 1] = { line = d.lnum, col = d.col, message = d.message } end
local hover = nil
for _, r in pairs(vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', { textDocument = { uri = vim.uri_from_bufnr(bufnr) }, position = { line = ${HOVER_LINE}, character = 28 } }, 5000) or {}) do
  if r.result then hover = r.result.contents.value or r.result.contents end
end
local f = io.open('${out}', 'w')
f:write(vim.fn.json_encode({ diagnostics = got, hover = hover }))
f:close()
vim.cmd('qa!')
`,
      );
      const run = spawnSync('nvim', ['--headless', '-u', 'NONE', '-c', `luafile ${script}`], {
        encoding: 'utf8',
        timeout: 60000,
        cwd: dir,
      });
      assert.equal(run.status, 0, run.stderr);
      const result = JSON.parse(readFileSync(out, 'utf8')) as {
        diagnostics: { line: number; col: number; message: string }[];
        hover: string | null;
      };
      const unknown = result.diagnostics.find((d) => d.message.includes('patientz'));
      assert.ok(unknown, JSON.stringify(result.diagnostics));
      assert.equal(
        unknown.line,
        CLEAN_PLAN.split('\n').findIndex((l) => l.includes('contributes_to: [patients]')),
      );
      assert.match(unknown.message, /n’est pas un indicateur|not an indicator/);
      assert.match(String(result.hover), /Patients included/);
    },
  );
});
