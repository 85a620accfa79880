declare module 'virtual:topic-colours.css';
