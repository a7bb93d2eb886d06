// Messages of one area of the product; lib/i18n/zh-CN.ts gathers them into the one catalog.
export const matchingMessages = {
  title: "项目匹配",
};
