// Facet values are links with role="checkbox": let Space tick them as it ticks a checkbox.
document.addEventListener("keydown", (event) => {
  if (event.key === " " && event.target.matches('a[role="checkbox"]')) {
    event.preventDefault();
    event.target.click();
  }
});
