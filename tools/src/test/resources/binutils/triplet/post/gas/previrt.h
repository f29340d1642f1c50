/* previrt.h */
void previrt_hook (void);
