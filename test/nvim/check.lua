-- Headless Neovim (Debian's 0.7.2: no vim.lsp.start) against the Provenance server over stdio.
-- Opens the e2e draft, waits for its diagnostics, then asks for a hover on a name and the
-- definition of a quotation. Exits 0 when every check passes, 1 otherwise (with the reasons).
local root = assert(vim.env.PROVENANCE_ROOT, 'PROVENANCE_ROOT is not set')
local timeout = tonumber(vim.env.PROVENANCE_TIMEOUT_MS or '60000')
local bufnr = vim.api.nvim_get_current_buf()
local failures = {}

local function say(line) io.stdout:write(line .. '\n') end
local function check(ok, what, detail)
  say((ok and 'ok   ' or 'FAIL ') .. what .. (detail and (': ' .. detail) or ''))
  if not ok then table.insert(failures, what) end
end
local function finish()
  say(#failures == 0 and 'nvim: all checks passed' or ('nvim: ' .. #failures .. ' check(s) failed'))
  vim.cmd(#failures == 0 and 'qall!' or 'cquit 1')
end

local publishes = 0
local client_id = vim.lsp.start_client({
  name = 'provenance',
  cmd = { 'node', root .. '/server/out/server.js', '--stdio' },
  root_dir = vim.fn.fnamemodify(vim.api.nvim_buf_get_name(bufnr), ':p:h'),
  -- Answers the server's workspace/configuration request for the `provenance` section.
  settings = { provenance = { sources = { root .. '/seeds' } } },
  handlers = {
    ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
      vim.lsp.diagnostic.on_publish_diagnostics(err, result, ctx, config)
      if result and result.uri == vim.uri_from_bufnr(bufnr) then publishes = publishes + 1 end
    end,
  },
})
check(client_id ~= nil, 'server started')
if not client_id then return finish() end
vim.lsp.buf_attach_client(bufnr, client_id)

local function code_of(d)
  return d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
end
local function find_diagnostic(code)
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if code_of(d) == code then return d end
  end
end

-- 1. Diagnostics: the planted misquote ("yesterday's" for "today's") is a quote-mismatch.
local lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
local function line_of(needle)
  for i, text in ipairs(lines) do
    local col = text:find(needle, 1, true)
    if col then return i - 1, col - 1 end
  end
end
local misquote_line = line_of("yesterday's telephone conversation")
vim.wait(timeout, function() return find_diagnostic('quote-mismatch') ~= nil end, 100)
local mismatch = find_diagnostic('quote-mismatch')
check(publishes > 0, 'diagnostics published for the draft', publishes .. ' publish(es)')
check(mismatch ~= nil, 'quote-mismatch reported', mismatch and mismatch.message or 'none')
if mismatch then
  check(mismatch.lnum == misquote_line, 'quote-mismatch is on the misquoted line', 'line ' .. mismatch.lnum + 1)
  check((mismatch.message or ''):find('today', 1, true) ~= nil, 'the message gives the source wording')
  check(mismatch.source == 'provenance', 'diagnostic source is "provenance"', tostring(mismatch.source))
end
for _, d in ipairs(vim.diagnostic.get(bufnr)) do
  say(string.format('     %d:%d %s %s', d.lnum + 1, d.col + 1, tostring(code_of(d)), d.message:gsub('\n', ' ')))
end

local function request_at(method, needle, offset)
  local line, col = line_of(needle)
  if not line then return nil, 'text not found: ' .. needle end
  vim.api.nvim_win_set_cursor(0, { line + 1, col + (offset or 0) })
  local params = vim.lsp.util.make_position_params()
  local responses, err = vim.lsp.buf_request_sync(bufnr, method, params, 20000)
  if not responses then return nil, tostring(err) end
  for _, response in pairs(responses) do
    if response.result then return response.result end
    if response.err then return nil, vim.inspect(response.err) end
  end
  return nil, 'no result'
end

-- 2. Hover on a name: the card names the person, a role the seeds give him, and its sources.
local hover, hover_err = request_at('textDocument/hover', 'Yuri Ushakov', 5)
local hover_text = ''
if hover then
  local contents = hover.contents
  hover_text = type(contents) == 'table' and (contents.value or table.concat(vim.tbl_map(function(c)
    return type(c) == 'table' and c.value or c
  end, contents), '\n')) or tostring(contents)
end
check(hover ~= nil, 'hover on "Yuri Ushakov" answers', hover_err)
check(hover_text:find('Ushakov', 1, true) ~= nil, 'the card names Ushakov')
check(hover_text:find('foreign affairs adviser', 1, true) ~= nil, 'the card gives his role from the seeds ("foreign affairs adviser")')
check(hover_text:find('00%d_') ~= nil, 'the card names its source files')
say('     hover: ' .. hover_text:sub(1, 300):gsub('\n', ' | '))

-- 3. Definition of a quotation: a location in the seed that carries it.
local definition, definition_err = request_at('textDocument/definition', 'very frank and trusting', 3)
local locations = definition and (definition.uri and { definition } or definition) or {}
-- The line of the quotation in that seed, read from the file itself.
local seed_line
for i, text in ipairs(vim.fn.readfile(root .. '/seeds/000_31177b0833f0709a.txt')) do
  if not seed_line and text:find('very frank and trusting', 1, true) then seed_line = i - 1 end
end
local in_seed, at_quote = false, false
for _, location in ipairs(locations) do
  local uri = location.uri or location.targetUri
  local range = location.targetSelectionRange or location.range
  if uri and uri:find('000_31177b0833f0709a.txt', 1, true) then
    in_seed = true
    say('     definition: ' .. uri:match('[^/]+$') .. ' line ' .. (range.start.line + 1) .. ', column ' .. (range.start.character + 1))
    if range.start.line == seed_line then at_quote = true end
  end
end
check(#locations > 0, 'definition of "very frank and trusting" answers', definition_err or (#locations .. ' location(s)'))
check(in_seed, 'one location is in seed 000, the article that carries the quote')
check(at_quote, 'that location is on the line of the quote', 'line ' .. tostring(seed_line and seed_line + 1))

finish()
