var helperValue = 'from helper.js';
