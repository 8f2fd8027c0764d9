// Stylesheets imported for their side effect in stories (Vite puts them on the page).
declare module '*.css';
