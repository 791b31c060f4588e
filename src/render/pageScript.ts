// The one script the HTML views carry, inline and the same on every page (it holds no document
// text): a click on a header of a `table.sortable` sorts its rows by that column (numbers as
// numbers, text in Chinese collation; a second click reverses), and an `input.filter` shows only
// the rows of its table (`data-table`) that hold what is typed. The pages read whole without it:
// the filter boxes are hidden until the script shows them.
export const PAGE_SCRIPT = `<script>
(() => {
  const key = (row, k) => (row.cells[k] ? row.cells[k].dataset.sort ?? row.cells[k].textContent.trim() : '');
  for (const table of document.querySelectorAll('table.sortable')) {
    // Each header cell one column wide, with the column it heads (rowspans in the header counted).
    const heads = [];
    const taken = [];
    [...table.tHead.rows].forEach((tr, r) => {
      let k = 0;
      for (const th of tr.cells) {
        while (taken[r]?.[k]) k++;
        for (let dr = 0; dr < th.rowSpan; dr++) for (let dk = 0; dk < th.colSpan; dk++) (taken[r + dr] ??= [])[k + dk] = true;
        if (th.colSpan === 1) heads.push([th, k]);
        k += th.colSpan;
      }
    });
    for (const [th, k] of heads) {
      th.tabIndex = 0;
      th.title = '点击排序';
      const sort = () => {
        const up = th.getAttribute('aria-sort') !== 'ascending';
        for (const [other] of heads) other.removeAttribute('aria-sort');
        th.setAttribute('aria-sort', up ? 'ascending' : 'descending');
        const body = table.tBodies[0];
        const rows = [...body.rows].filter((r) => !r.classList.contains('fixed'));
        const numeric = rows.every((r) => key(r, k) === '' || !isNaN(Number(key(r, k))));
        rows.sort((a, b) => {
          const [x, y] = [key(a, k), key(b, k)];
          const order = numeric ? (Number(x) || 0) - (Number(y) || 0) : x.localeCompare(y, 'zh');
          return up ? order : -order;
        });
        body.prepend(...rows);
      };
      th.addEventListener('click', sort);
      th.addEventListener('keydown', (e) => (e.key === 'Enter' || e.key === ' ') && (e.preventDefault(), sort()));
    }
  }
  for (const input of document.querySelectorAll('input.filter')) {
    const table = document.getElementById(input.dataset.table);
    input.hidden = false;
    input.addEventListener('input', () => {
      const q = input.value.trim().toLowerCase();
      for (const row of table.tBodies[0].rows) row.hidden = q !== '' && !row.textContent.toLowerCase().includes(q);
    });
  }
})();
</script>`;
