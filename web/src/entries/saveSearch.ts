// The "Save this search" form: the search island changes the address as one types and ticks filters, so at submit
// the form takes the query of the address as it is then.
for (const form of document.querySelectorAll<HTMLFormElement>('form[data-save-search]')) {
  form.addEventListener('submit', () => {
    const field = form.querySelector<HTMLInputElement>('input[name="search"]');
    if (field) field.value = window.location.search.replace(/^\?/, '');
  });
}
